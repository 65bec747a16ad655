'use client';
import { createContext } from 'react';
import type { EcwidClient } from '../api/index';

/** Holds the client EcwidProvider hands down; null means no provider above. */
export const EcwidClientContext = createContext<EcwidClient | null>(null);
