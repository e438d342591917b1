import 'status-widgets/status-banner/define';
import 'status-widgets/incident-timeline/define';
import 'status-widgets/status-indicator/define';
import 'status-widgets/component-status/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
