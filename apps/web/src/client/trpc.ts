'use client';
import type { AppRouter } from '@smartapiforge/reference-server';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** The only thing this app takes from the reference server: the type of its tRPC router. */
export type { AppRouter };
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
