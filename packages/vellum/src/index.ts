import '@vellum/elements/define';

export * from '@vellum/elements';
