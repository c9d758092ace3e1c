import '../../src/elements/contraindication-check.js';
import {describeAccessibility} from '../accessibility-suite.js';
import {contraindicationCheckFixtures} from '../fixtures/contraindication-check.js';

describeAccessibility('dn-contraindication-check', contraindicationCheckFixtures);
