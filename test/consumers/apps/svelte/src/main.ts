import 'status-widgets/status-banner/define';
import 'status-widgets/maintenance-notice/define';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
