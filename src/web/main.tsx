// Entry point: styles (design system, theme, self-hosted Inter), language, data and router.
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import '@fontsource/inter';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import './styles.css';
import './i18n/index.js';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { queryClient } from './app/queryClient.js';
import { router } from './app/router.js';

const root = document.getElementById('root');
if (!root) throw new Error('#root saknas i index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
