import { defineConvergenceSuite } from './convergenceSuite';

defineConvergenceSuite(1, 2);
