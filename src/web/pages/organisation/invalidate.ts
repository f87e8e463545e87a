// After any change to units or roles, everything that shows them is fetched again.
import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../../queries.js';

export async function refreshOrganisation(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.orgUnitAll }),
    queryClient.invalidateQueries({ queryKey: keys.orgUnitsAll }),
    queryClient.invalidateQueries({ queryKey: keys.personAll }),
    queryClient.invalidateQueries({ queryKey: keys.me }),
  ]);
}
