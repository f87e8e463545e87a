// Every page has a stable, Swedish URL. Pages other than sign-in and start are loaded when first
// visited, so the first page a person sees does not wait for the tree and table code.
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../pages/LoginPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { StartPage } from '../pages/StartPage.js';
import { Layout } from './Layout.js';

export const router = createBrowserRouter([
  {
    element: <Layout mode="public" />,
    children: [
      { path: '/logga-in', element: <LoginPage /> },
      { path: '/setup', lazy: async () => ({ Component: (await import('../pages/SetupPage.js')).SetupPage }) },
    ],
  },
  {
    element: <Layout mode="app" />,
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/organisation', lazy: async () => ({ Component: (await import('../pages/OrganisationPage.js')).OrganisationPage }) },
      { path: '/organisation/:id', lazy: async () => ({ Component: (await import('../pages/organisation/OrgUnitPage.js')).OrgUnitRoute }) },
      { path: '/personer', lazy: async () => ({ Component: (await import('../pages/people/PeoplePage.js')).PeoplePage }) },
      { path: '/personer/:id', lazy: async () => ({ Component: (await import('../pages/people/PersonPage.js')).PersonRoute }) },
      { path: '/mal-och-plan', lazy: async () => ({ Component: (await import('../pages/plans/PlansPage.js')).PlansPage }) },
      {
        path: '/mal-och-plan/integritet',
        lazy: async () => ({ Component: (await import('../pages/plans/IntegrityPage.js')).IntegrityPage }),
      },
      { path: '/planer/:id', lazy: async () => ({ Component: (await import('../pages/plans/PlanPage.js')).PlanRoute }) },
      { path: '/roda-traden', lazy: async () => ({ Component: (await import('../pages/redThread/RedThreadPage.js')).RedThreadPage }) },
      {
        path: '/roda-traden/mal/:id',
        lazy: async () => ({ Component: (await import('../pages/redThread/ThreadNodePage.js')).ThreadNodeRoute }),
      },
      { path: '/indikatorer', lazy: async () => ({ Component: (await import('../pages/indicators/IndicatorsPage.js')).IndicatorsPage }) },
      {
        path: '/indikatorer/:id',
        lazy: async () => ({ Component: (await import('../pages/indicators/IndicatorPage.js')).IndicatorRoute }),
      },
      { path: '/granskningslogg', lazy: async () => ({ Component: (await import('../pages/audit/AuditPage.js')).AuditPage }) },
    ],
  },
  {
    element: <Layout mode="any" />,
    children: [{ path: '*', element: <NotFoundPage /> }],
  },
]);
