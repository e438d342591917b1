import 'status-widgets/status-banner/define';
import 'status-widgets/incident-timeline/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
