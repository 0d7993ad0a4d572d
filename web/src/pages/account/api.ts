/** The signed-in user's own account: changing the password (`POST /auth/password`). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { meQueryKey } from '../../auth/queries';

export type PasswordChange = { currentPassword: string; newPassword: string };

/** After a change the session is the same; `/auth/me` is read again (a forced change is then done). */
export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => api.post<void>('/auth/password', change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
