// Loaded as a plain script at the top of <head>: the layout shift of the page,
// counted from the first paint, before anything else runs.
window.dnLayoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.dnLayoutShift += entry.value;
}).observe({type: 'layout-shift', buffered: true});
