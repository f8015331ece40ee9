// The script-tag build: defining the elements is all it needs to do.
import './index.js';
