import { createContext } from '@lit/context';
import type { Store } from '@vellum/state';
import type { Localizer } from '../i18n/index.js';

export const storeContext = createContext<Store>(Symbol('vellum-store'));

export const localizerContext = createContext<Localizer>(Symbol('vellum-localizer'));
