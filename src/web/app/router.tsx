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
      { path: '/budget/utfall', lazy: async () => ({ Component: (await import('../pages/actuals/OutcomePage.js')).OutcomePage }) },
      { path: '/budget/utfall/import', lazy: async () => ({ Component: (await import('../pages/actuals/ImportPage.js')).ImportPage }) },
      { path: '/budget/utfall/ansvar', lazy: async () => ({ Component: (await import('../pages/actuals/MappingPage.js')).MappingPage }) },
      {
        path: '/budget/utfall/kontoregler',
        lazy: async () => ({ Component: (await import('../pages/actuals/AccountRulesPage.js')).AccountRulesPage }),
      },
      { path: '/arshjul', lazy: async () => ({ Component: (await import('../pages/calendar/CalendarPage.js')).CalendarPage }) },
      {
        path: '/arshjul/sammantraden',
        lazy: async () => ({ Component: (await import('../pages/calendar/MeetingsPage.js')).MeetingsPage }),
      },
      {
        path: '/arshjul/installningar',
        lazy: async () => ({ Component: (await import('../pages/calendar/SettingsPage.js')).SettingsPage }),
      },
      { path: '/arshjul/:year', lazy: async () => ({ Component: (await import('../pages/calendar/CalendarPage.js')).CalendarPage }) },
      { path: '/arshjul/:year/steg/:stepKey', lazy: async () => ({ Component: (await import('../pages/calendar/StepPage.js')).StepPage }) },
      {
        path: '/budget/fordelningsmodell',
        lazy: async () => ({ Component: (await import('../pages/allocation/AllocationPage.js')).AllocationPage }),
      },
      {
        path: '/budget/fordelningsmodell/andra',
        lazy: async () => ({ Component: (await import('../pages/allocation/edit/EditScenarioPage.js')).EditScenarioPage }),
      },
      {
        path: '/budget/fordelningsmodell/befolkning',
        lazy: async () => ({ Component: (await import('../pages/allocation/PopulationPage.js')).PopulationPage }),
      },
      {
        path: '/budget/scenarier',
        lazy: async () => ({ Component: (await import('../pages/allocation/ScenariosPage.js')).ScenariosPage }),
      },
      { path: '/budget', lazy: async () => ({ Component: (await import('../pages/budget/BudgetPage.js')).BudgetPage }) },
      { path: '/budget/versioner', lazy: async () => ({ Component: (await import('../pages/budget/VersionsPage.js')).VersionsPage }) },
      {
        path: '/budget/fordelning/:namndId',
        lazy: async () => ({ Component: (await import('../pages/budget/DistributionPage.js')).DistributionPage }),
      },
      {
        path: '/budget/investeringar',
        lazy: async () => ({ Component: (await import('../pages/budget/InvestmentsPage.js')).InvestmentsPage }),
      },
      { path: '/budget/statsbidrag', lazy: async () => ({ Component: (await import('../pages/budget/GrantsPage.js')).GrantsPage }) },
      { path: '/budget/balanskrav', lazy: async () => ({ Component: (await import('../pages/budget/BalancePage.js')).BalancePage }) },
      { path: '/konto/losenord', lazy: async () => ({ Component: (await import('../pages/account/PasswordPage.js')).PasswordPage }) },
      { path: '/granskningslogg', lazy: async () => ({ Component: (await import('../pages/audit/AuditPage.js')).AuditPage }) },
      {
        path: '/aviseringar',
        lazy: async () => ({ Component: (await import('../pages/reminders/NotificationsPage.js')).NotificationsPage }),
      },
      { path: '/aviseringar/kalender', lazy: async () => ({ Component: (await import('../pages/reminders/FeedsPage.js')).FeedsPage }) },
      { path: '/utkorg', lazy: async () => ({ Component: (await import('../pages/reminders/OutboxPage.js')).OutboxPage }) },
    ],
  },
  {
    element: <Layout mode="any" />,
    children: [{ path: '*', element: <NotFoundPage /> }],
  },
]);
