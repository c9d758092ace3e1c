import '../../src/elements/what-to-expect.js';
import {describeAccessibility} from '../accessibility-suite.js';
import {whatToExpectFixtures} from '../fixtures/what-to-expect.js';

describeAccessibility('dn-what-to-expect', whatToExpectFixtures);
