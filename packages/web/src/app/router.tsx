import { createBrowserRouter, Link, useRouteError } from 'react-router';
import { EmptyState, ErrorState } from '../components/ui/states.tsx';
import { HostStoragePage } from '../features/hosts/host-storage-page.tsx';
import { HostsPage } from '../features/hosts/hosts-page.tsx';
import { ImagesPage } from '../features/images/images-page.tsx';
import { VmDetailPage } from '../features/vms/vm-detail-page.tsx';
import { VmsPage } from '../features/vms/vms-page.tsx';
import { Layout } from './layout.tsx';

function RouteError() {
  const error = useRouteError();
  return (
    <div className="mx-auto max-w-2xl p-8">
      <ErrorState
        title="This page failed to render"
        error={error}
        onRetry={() => location.reload()}
      />
    </div>
  );
}

function NotFound() {
  return (
    <EmptyState
      title="Page not found"
      description="There is nothing at this address."
      action={
        <Link to="/" className="text-sm font-medium text-orange-600 hover:underline">
          Back to virtual machines
        </Link>
      }
    />
  );
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <VmsPage /> },
      { path: 'vms/:id', element: <VmDetailPage /> },
      { path: 'hosts', element: <HostsPage /> },
      { path: 'hosts/:id/storage', element: <HostStoragePage /> },
      { path: 'images', element: <ImagesPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
