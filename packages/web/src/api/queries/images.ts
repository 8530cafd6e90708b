import type { Image, RegisterImageBody } from '@hearth/api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../client.ts';
import { keys } from './keys.ts';

export const imagesQuery = () =>
  queryOptions({
    queryKey: keys.images(),
    queryFn: () => call(api.GET('/v1/images')),
    select: (data): Image[] => data.items,
  });

export function useRegisterImage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterImageBody) => call(api.POST('/v1/images', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.images() }),
  });
}
