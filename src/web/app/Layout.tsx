// Page frame: skip link, banner, navigation (when signed in) and the main landmark.
// `mode` says what a page needs: "app" pages need a session, "public" pages (login, setup)
// do not, "any" (not found) shows whichever frame fits the visitor.
import { Alert, Paragraph, SkipLink, Spinner } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { isApiError } from '../api.js';
import { useMe } from '../queries.js';
import { Header } from './Header.js';
import { MainNav } from './MainNav.js';
import { returnPath } from './returnPath.js';

export function Layout({ mode }: { mode: 'app' | 'public' | 'any' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const me = useMe();
  const signedOut = isApiError(me.error) && me.error.status === 401;
  const signedIn = me.data && !signedOut;

  useEffect(() => {
    // Session ended while on a page: go to login and come back afterwards.
    if (mode === 'app' && signedOut) {
      void navigate(`/logga-in?till=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
    }
  }, [mode, signedOut, navigate, location.pathname, location.search]);

  if (mode === 'public' && signedIn && location.pathname === '/logga-in') return <Navigate to={returnPath(params)} replace />;

  const frame = (content: ReactNode, withNav: boolean) => (
    // react-aria links (in the organisation tree) navigate through the router, not a reload.
    <AriaRouterProvider navigate={(to) => void navigate(to)}>
      <SkipLink href="#main">{t('skipLink')}</SkipLink>
      {/* Staff views are "sm", public pages (login, setup) "md" (UI.md). */}
      <div className={withNav ? 'app app--with-nav' : 'app'} data-size={mode === 'public' ? 'md' : 'sm'}>
        <Header me={signedIn ? me.data : undefined} />
        {withNav && me.data && <MainNav me={me.data} />}
        <main id="main" tabIndex={-1} className="app-main">
          {content}
        </main>
      </div>
    </AriaRouterProvider>
  );

  if (mode === 'public') return frame(<Outlet />, false);
  if (me.isPending) {
    return frame(
      <Paragraph>
        <Spinner aria-hidden data-size="sm" /> {t('loading')}
      </Paragraph>,
      false,
    );
  }
  if (signedIn) return frame(<Outlet />, true);
  if (mode === 'any' && signedOut) return frame(<Outlet />, false);
  if (signedOut) return frame(null, false);
  return frame(
    <Alert data-color="danger">
      <Paragraph>{me.error instanceof Error ? me.error.message : t('errors.unexpected')}</Paragraph>
    </Alert>,
    false,
  );
}
