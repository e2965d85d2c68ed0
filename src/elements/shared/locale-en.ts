/**
 * Everything English, in one file the CDN build keeps apart: the framework, the elements'
 * words and the SDK's messages. A French page never downloads it.
 */
import english from '../../../framework/rouages.en.json';
import type { Framework } from '../../sdk/api.js';
import { registerSdkMessages } from '../../sdk/messages.js';
import { en as sdkEnglish } from '../../sdk/messages-en.js';
import { registerOwnStrings, registerStrings } from './i18n.js';
import { englishStrings } from './i18n-en.js';
import { questionnaireEnglish } from '../rouages-questionnaire/strings-en.js';

registerSdkMessages('en', sdkEnglish);
registerStrings('en', englishStrings);
registerOwnStrings('rouages-questionnaire', questionnaireEnglish);

// Our own data, checked by the test suite like the French file.
export const framework = english as Framework;
