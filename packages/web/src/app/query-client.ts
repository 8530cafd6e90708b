import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // the event stream (api/live.ts) says when data changed; no refetch on a timer
      staleTime: 30_000,
      // client errors (404, 401, 400) will not change by asking again
      retry: (count, err) =>
        count < 2 && !(isApiError(err) && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: true,
    },
  },
});
