// Every page has a stable, Swedish URL.
import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../pages/audit/AuditPage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { OrganisationPage } from '../pages/OrganisationPage.js';
import { OrgUnitRoute } from '../pages/organisation/OrgUnitPage.js';
import { PeoplePage } from '../pages/people/PeoplePage.js';
import { PersonRoute } from '../pages/people/PersonPage.js';
import { SetupPage } from '../pages/SetupPage.js';
import { StartPage } from '../pages/StartPage.js';
import { Layout } from './Layout.js';

export const router = createBrowserRouter([
  {
    element: <Layout mode="public" />,
    children: [
      { path: '/logga-in', element: <LoginPage /> },
      { path: '/setup', element: <SetupPage /> },
    ],
  },
  {
    element: <Layout mode="app" />,
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/organisation', element: <OrganisationPage /> },
      { path: '/organisation/:id', element: <OrgUnitRoute /> },
      { path: '/personer', element: <PeoplePage /> },
      { path: '/personer/:id', element: <PersonRoute /> },
      { path: '/granskningslogg', element: <AuditPage /> },
    ],
  },
  {
    element: <Layout mode="any" />,
    children: [{ path: '*', element: <NotFoundPage /> }],
  },
]);
