import { defineConvergenceSuite } from './convergenceSuite';

defineConvergenceSuite(2, 2);
