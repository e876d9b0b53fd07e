/* global window, SwaggerUIBundle */
// Renders this server's own contract; kept out of docs.html so a strict CSP needs no inline script.
window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });
