// Shared query client. A 401 anywhere means the session has ended: the signed-in person is
// refetched, which makes the layout send the reader to the login page.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api.js';
import { keys } from '../queries.js';

const onError = (err: unknown) => {
  if (isApiError(err) && err.status === 401 && err.code === 'unauthenticated') {
    void queryClient.invalidateQueries({ queryKey: keys.me });
  }
};

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (err, query) => (query.queryKey[0] === keys.me[0] ? undefined : onError(err)) }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a network hiccup might.
      retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
