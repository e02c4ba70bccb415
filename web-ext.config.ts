import { defineWebExtConfig } from 'wxt';
// Headless machines have no display; `wxt dev` only builds. `npm start` launches the browser itself.
export default defineWebExtConfig({ disabled: true });
