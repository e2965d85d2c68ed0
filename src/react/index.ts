/**
 * React wrappers for the rouages elements, made with @lit/react: properties pass as props
 * (objects included, no JSON strings), and events as `on…` props.
 *
 *   import { RouagesWheel } from 'rouages-cooperation/react';
 *   <RouagesWheel diagnostic={diagnostic} onRouageSelect={(e) => setSelected(e.detail.id)} />
 *
 * Event props are named after the event in camel case: `rouage-select` → `onRouageSelect`,
 * `rouages-submit` → `onRouagesSubmit`; the questionnaire's `change` is `onChange`.
 */
// The default export: what every bundler gives for React, which ships CommonJS.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { Diagnostic } from '../sdk/api.js';
import { RouagesProvider as RouagesProviderElement } from '../elements/rouages-provider/rouages-provider.js';
import { RouagesWheel as RouagesWheelElement } from '../elements/rouages-wheel/rouages-wheel.js';
import { RouageCard as RouageCardElement } from '../elements/rouage-card/rouage-card.js';
import { RouagesQuestionnaire as RouagesQuestionnaireElement } from '../elements/rouages-questionnaire/rouages-questionnaire.js';
import '../elements/rouages-provider/define.js';
import '../elements/rouages-wheel/define.js';
import '../elements/rouage-card/define.js';
import '../elements/rouages-questionnaire/define.js';

export const RouagesProvider = createComponent({
  tagName: 'rouages-provider',
  elementClass: RouagesProviderElement,
  react: React,
  events: {
    onRouagesProviderChange: 'rouages-provider-change' as EventName<CustomEvent<{ diagnostic: Diagnostic }>>,
  },
});

export const RouagesWheel = createComponent({
  tagName: 'rouages-wheel',
  elementClass: RouagesWheelElement,
  react: React,
  events: {
    onRouageSelect: 'rouage-select' as EventName<CustomEvent<{ id: string }>>,
  },
});

export const RouageCard = createComponent({
  tagName: 'rouage-card',
  elementClass: RouageCardElement,
  react: React,
});

export const RouagesQuestionnaire = createComponent({
  tagName: 'rouages-questionnaire',
  elementClass: RouagesQuestionnaireElement,
  react: React,
  events: {
    onChange: 'change' as EventName<CustomEvent<Diagnostic>>,
    onRouagesSubmit: 'rouages-submit' as EventName<CustomEvent<Diagnostic>>,
  },
});
