import { orderSuite } from './order-suite.js';

// One file per case, so that each stays within the runner's time for a file (120 pages each).
orderSuite('after');
