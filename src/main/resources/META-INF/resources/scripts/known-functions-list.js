/*
 * The functions Vaadin's client may build on Pathway's pages, each under the parameter names and code it
 * passes to `new Function` (see known-functions.js), then written out as that function. Generated: the
 * browser tests fail on any function not listed here and print the entry to add; the README's
 * "Content-Security-Policy" tells how to add many at once. Do not edit the functions by hand: the key
 * above each is what the client sends, and KnownFunctionsTest checks that each function is its key.
 */
(function ($pathwayKnown) {
$pathwayKnown(["$0","$0.requestContentUpdate();"],
    function ($0) {
$0.requestContentUpdate();
});
$pathwayKnown(["$0","$1","$2","$3","$4","$5","$6","return (async function() { window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4, $5)}).apply($6)"],
    function ($0, $1, $2, $3, $4, $5, $6) {
return (async function() { window.Vaadin.setLitRenderer(this, $0, $1, $2, $3, $4, $5)}).apply($6)
});
$pathwayKnown(["$0","$1","$2","$3","$4","return (async function() { this.$connector.setHeaderRenderer($0, { content: $1, showSorter: $2, sorterPath: $3 });}).apply($4)"],
    function ($0, $1, $2, $3, $4) {
return (async function() { this.$connector.setHeaderRenderer($0, { content: $1, showSorter: $2, sorterPath: $3 });}).apply($4)
});
$pathwayKnown(["$0","$1","$2","$3","return $0.$connector.set($1,$2,$3)"],
    function ($0, $1, $2, $3) {
return $0.$connector.set($1,$2,$3)
});
$pathwayKnown(["$0","$1","$2","$3","return (async function() { Vaadin.Flow.clients[$0].getByNodeId($1)._flowId = $2}).apply($3)"],
    function ($0, $1, $2, $3) {
return (async function() { Vaadin.Flow.clients[$0].getByNodeId($1)._flowId = $2}).apply($3)
});
$pathwayKnown(["$0","$1","$2","$3","try{Promise.resolve((async function(){return (async function() { const url = new URL($0, document.baseURI).href; return navigator.clipboard ? navigator.clipboard.writeText(url).then(() => true) : false;}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}"],
    function ($0, $1, $2, $3) {
try{Promise.resolve((async function(){return (async function() { const url = new URL($0, document.baseURI).href; return navigator.clipboard ? navigator.clipboard.writeText(url).then(() => true) : false;}).apply($1)})()).then($2,function(error){$3(''+error)})}catch(error){$3(''+error)}
});
$pathwayKnown(["$0","$1","$2","return $0.$connector.clear($1,$2)"],
    function ($0, $1, $2) {
return $0.$connector.clear($1,$2)
});
$pathwayKnown(["$0","$1","$2","return $0.$connector.confirm($1,$2)"],
    function ($0, $1, $2) {
return $0.$connector.confirm($1,$2)
});
$pathwayKnown(["$0","$1","$2","return $0.$connector.doDeselection($1,$2)"],
    function ($0, $1, $2) {
return $0.$connector.doDeselection($1,$2)
});
$pathwayKnown(["$0","$1","$2","return $0.$connector.doSelection($1,$2)"],
    function ($0, $1, $2) {
return $0.$connector.doSelection($1,$2)
});
$pathwayKnown(["$0","$1","$2","return $0.$connector.set($1,$2)"],
    function ($0, $1, $2) {
return $0.$connector.set($1,$2)
});
$pathwayKnown(["$0","$1","$2","return $0.$connector.updateI18n($1,$2)"],
    function ($0, $1, $2) {
return $0.$connector.updateI18n($1,$2)
});
$pathwayKnown(["$0","$1","$2","return (async function() { this.$.overlay.$.overlay.style[$0]=$1}).apply($2)"],
    function ($0, $1, $2) {
return (async function() { this.$.overlay.$.overlay.style[$0]=$1}).apply($2)
});
$pathwayKnown(["$0","$1","$2","return (async function() { this.$connector.setFooterRenderer($0, { content: $1 })}).apply($2)"],
    function ($0, $1, $2) {
return (async function() { this.$connector.setFooterRenderer($0, { content: $1 })}).apply($2)
});
$pathwayKnown(["$0","$1","$2","return (async function() { this.$server['}p']($0, true, $1)}).apply($2)"],
    function ($0, $1, $2) {
return (async function() { this.$server['}p']($0, true, $1)}).apply($2)
});
$pathwayKnown(["$0","$1","$2","try{Promise.resolve((async function(){return navigator.clipboard.writeText($0)})()).then($1,function(error){$2(''+error)})}catch(error){$2(''+error)}"],
    function ($0, $1, $2) {
try{Promise.resolve((async function(){return navigator.clipboard.writeText($0)})()).then($1,function(error){$2(''+error)})}catch(error){$2(''+error)}
});
$pathwayKnown(["$0","$1","$2","window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: false, callback: $2 } }));"],
    function ($0, $1, $2) {
window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: false, callback: $2 } }));
});
$pathwayKnown(["$0","$1","$2","window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: true, callback: $2 } }));"],
    function ($0, $1, $2) {
window.dispatchEvent(new CustomEvent('vaadin-navigate', { detail: { state: $0, url: $1, replace: true, callback: $2 } }));
});
$pathwayKnown(["$0","$1","return $0.$connector.confirm($1)"],
    function ($0, $1) {
return $0.$connector.confirm($1)
});
$pathwayKnown(["$0","$1","return $0.$connector.generateItems($1)"],
    function ($0, $1) {
return $0.$connector.generateItems($1)
});
$pathwayKnown(["$0","$1","return $0.$connector.setLocale($1)"],
    function ($0, $1) {
return $0.$connector.setLocale($1)
});
$pathwayKnown(["$0","$1","return $0.$connector.updateSize($1)"],
    function ($0, $1) {
return $0.$connector.updateSize($1)
});
$pathwayKnown(["$0","$1","return $0.$contextMenuTargetConnector.openMenu($1)"],
    function ($0, $1) {
return $0.$contextMenuTargetConnector.openMenu($1)
});
$pathwayKnown(["$0","$1","return $0.downloadPng($1)"],
    function ($0, $1) {
return $0.downloadPng($1)
});
$pathwayKnown(["$0","$1","return (async function() { const grid = this, label = $0;\nconst update = () => {\n  const total = label.dataset.total, first = grid._firstVisibleIndex, last = grid._lastVisibleIndex;\n  if (!total || first === undefined || last === undefined || last < first) return;\n  const max = Number(label.dataset.max);\n  label.textContent = (first + 1).toLocaleString('en-US') + '–'\n      + Math.min(last + 1, max || last + 1).toLocaleString('en-US') + ' of ' + total;\n};\ngrid.addEventListener('scroll', update, true);\n(grid.$ && grid.$.table ? grid.$.table : grid).addEventListener('scroll', update);\ngrid.addEventListener('visible-index-changed', update);\nlabel._update = update;\n}).apply($1)"],
    function ($0, $1) {
return (async function() { const grid = this, label = $0;
const update = () => {
  const total = label.dataset.total, first = grid._firstVisibleIndex, last = grid._lastVisibleIndex;
  if (!total || first === undefined || last === undefined || last < first) return;
  const max = Number(label.dataset.max);
  label.textContent = (first + 1).toLocaleString('en-US') + '–'
      + Math.min(last + 1, max || last + 1).toLocaleString('en-US') + ' of ' + total;
};
grid.addEventListener('scroll', update, true);
(grid.$ && grid.$.table ? grid.$.table : grid).addEventListener('scroll', update);
grid.addEventListener('visible-index-changed', update);
label._update = update;
}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { if (!this.__hasFocus || (document.activeElement && document.activeElement !== document.body)) { return; } const item = Array.from(this.querySelectorAll('vaadin-side-nav-item')).find(i => i.getAttribute('path') === $0); if (item) { Promise.resolve(item.updateComplete).then(() => { const link = item.shadowRoot && item.shadowRoot.querySelector('a'); if (link) { link.focus(); } }); }}).apply($1)"],
    function ($0, $1) {
return (async function() { if (!this.__hasFocus || (document.activeElement && document.activeElement !== document.body)) { return; } const item = Array.from(this.querySelectorAll('vaadin-side-nav-item')).find(i => i.getAttribute('path') === $0); if (item) { Promise.resolve(item.updateComplete).then(() => { const link = item.shadowRoot && item.shadowRoot.querySelector('a'); if (link) { link.focus(); } }); }}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { if (this.$connector) { this.$connector.setSelectionMode($0) }}).apply($1)"],
    function ($0, $1) {
return (async function() { if (this.$connector) { this.$connector.setSelectionMode($0) }}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { if (this.$connector) { this.$connector.setSorterDirections($0) }}).apply($1)"],
    function ($0, $1) {
return (async function() { if (this.$connector) { this.$connector.setSorterDirections($0) }}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this._inputElementValue = $0}).apply($1)"],
    function ($0, $1) {
return (async function() { this._inputElementValue = $0}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this.disabled = $0}).apply($1)"],
    function ($0, $1) {
return (async function() { this.disabled = $0}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this.footerRenderer = (root) => {if (root.firstChild) {    return;}root.appendChild($0);}}).apply($1)"],
    function ($0, $1) {
return (async function() { this.footerRenderer = (root) => {if (root.firstChild) {    return;}root.appendChild($0);}}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this.invalid = $0}).apply($1)"],
    function ($0, $1) {
return (async function() { this.invalid = $0}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this.listenOn=$0;}).apply($1)"],
    function ($0, $1) {
return (async function() { this.listenOn=$0;}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this.maxFiles = $0}).apply($1)"],
    function ($0, $1) {
return (async function() { this.maxFiles = $0}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this.renderer = (root) => Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)}).apply($1)"],
    function ($0, $1) {
return (async function() { this.renderer = (root) => Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this.renderer = (root) => {  if (this.text) {    root.textContent = this.text;  } else {    Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)  }}}).apply($1)"],
    function ($0, $1) {
return (async function() { this.renderer = (root) => {  if (this.text) {    root.textContent = this.text;  } else {    Vaadin.FlowComponentHost.setChildNodes($0, this.virtualChildNodeIds, root)  }}}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { this.serverConnected($0)}).apply($1)"],
    function ($0, $1) {
return (async function() { this.serverConnected($0)}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { window.Vaadin.Flow.contextMenuConnector.initLazy(this, $0)}).apply($1)"],
    function ($0, $1) {
return (async function() { window.Vaadin.Flow.contextMenuConnector.initLazy(this, $0)}).apply($1)
});
$pathwayKnown(["$0","$1","return (async function() { window.Vaadin.Flow.contextMenuTargetConnector.init(this);this.$contextMenuTargetConnector.updateOpenOn($0);}).apply($1)"],
    function ($0, $1) {
return (async function() { window.Vaadin.Flow.contextMenuTargetConnector.init(this);this.$contextMenuTargetConnector.updateOpenOn($0);}).apply($1)
});
$pathwayKnown(["$0","$1","window.Vaadin.Flow.contextMenuConnector.setChecked($0, $1)"],
    function ($0, $1) {
window.Vaadin.Flow.contextMenuConnector.setChecked($0, $1)
});
$pathwayKnown(["$0","$1","window.dispatchEvent(new CustomEvent('vaadin-redirect-pending', {detail: {url: $0}})); if ($1 == '_self') this.stopApplication(); window.open($0, $1)"],
    function ($0, $1) {
window.dispatchEvent(new CustomEvent('vaadin-redirect-pending', {detail: {url: $0}})); if ($1 == '_self') this.stopApplication(); window.open($0, $1)
});
$pathwayKnown(["$0","if ($0) window.Vaadin.Flow.gridConnector.initLazy($0)"],
    function ($0) {
if ($0) window.Vaadin.Flow.gridConnector.initLazy($0)
});
$pathwayKnown(["$0","if($0.$connector) $0.$connector.reset();"],
    function ($0) {
if($0.$connector) $0.$connector.reset();
});
$pathwayKnown(["$0","if(window.Vaadin.Flow.navigation) { window.addEventListener('vaadin-navigated', function(event) {    document.title = $0;\n    if(window?.Vaadin?.documentTitleSignal) {\n        window.Vaadin.documentTitleSignal.value = $0;\n    }\n}, {once:true}); }  else {     document.title = $0;\n    if(window?.Vaadin?.documentTitleSignal) {\n        window.Vaadin.documentTitleSignal.value = $0;\n    }\n }"],
    function ($0) {
if(window.Vaadin.Flow.navigation) { window.addEventListener('vaadin-navigated', function(event) {    document.title = $0;
    if(window?.Vaadin?.documentTitleSignal) {
        window.Vaadin.documentTitleSignal.value = $0;
    }
}, {once:true}); }  else {     document.title = $0;
    if(window?.Vaadin?.documentTitleSignal) {
        window.Vaadin.documentTitleSignal.value = $0;
    }
 }
});
$pathwayKnown(["$0","return $0._resetColumnOrder()"],
    function ($0) {
return $0._resetColumnOrder()
});
$pathwayKnown(["$0","return $0.focus()"],
    function ($0) {
return $0.focus()
});
$pathwayKnown(["$0","return $0.requestContentUpdate()"],
    function ($0) {
return $0.requestContentUpdate()
});
$pathwayKnown(["$0","return (async function() {     const el = this;\n    window.addEventListener('resize', evt => {\n        const event = new Event(\"window-resize\");\n        event.w = document.documentElement.clientWidth;\n        event.h = document.documentElement.clientHeight;\n        el.dispatchEvent(event);\n    });\n}).apply($0)"],
    function ($0) {
return (async function() {     const el = this;
    window.addEventListener('resize', evt => {
        const event = new Event("window-resize");
        event.w = document.documentElement.clientWidth;
        event.h = document.documentElement.clientHeight;
        el.dispatchEvent(event);
    });
}).apply($0)
});
$pathwayKnown(["$0","return (async function() {   this.$.overlay.addEventListener('vaadin-overlay-close', () => {\n    document.addEventListener('vaadin-overlay-close', (e) => {\n      if (!e.defaultPrevented && e.detail.overlay === this.$.overlay) {\n        e.preventDefault();\n        this.$server.handleClientClose();\n      }\n    }, { once: true });\n  });\n}).apply($0)"],
    function ($0) {
return (async function() {   this.$.overlay.addEventListener('vaadin-overlay-close', () => {
    document.addEventListener('vaadin-overlay-close', (e) => {
      if (!e.defaultPrevented && e.detail.overlay === this.$.overlay) {
        e.preventDefault();
        this.$server.handleClientClose();
      }
    }, { once: true });
  });
}).apply($0)
});
$pathwayKnown(["$0","return (async function() { Vaadin.FlowComponentHost.patchVirtualContainer(this)}).apply($0)"],
    function ($0) {
return (async function() { Vaadin.FlowComponentHost.patchVirtualContainer(this)}).apply($0)
});
$pathwayKnown(["$0","return (async function() { const el = this;\nif (el.__view) { el.__view.apply(); return; }\nconst view = el.__view = {scale: 1, cx: null, cy: null};\nconst box = () => { const svg = el.querySelector('svg');\n  return svg && svg.dataset.box ? svg.dataset.box.split(' ').map(Number) : null; };\nview.apply = () => {\n  const svg = el.querySelector('svg'), b = box();\n  if (!b) return;\n  const w = b[2] / view.scale, h = b[3] / view.scale;\n  const cx = view.cx ?? b[0] + b[2] / 2, cy = view.cy ?? b[1] + b[3] / 2;\n  svg.setAttribute('viewBox', `${cx - w / 2} ${cy - h / 2} ${w} ${h}`);\n  el.dataset.scale = view.scale.toFixed(2);\n};\nview.zoom = f => { view.scale = Math.min(8, Math.max(0.5, view.scale * f)); view.apply(); };\nview.fit = () => { view.scale = 1; view.cx = null; view.cy = null; view.apply(); };\nview.pan = (dxPx, dyPx) => {\n  const b = box(); if (!b) return;\n  const unit = Math.max(b[2] / el.clientWidth, b[3] / el.clientHeight) / view.scale;\n  view.cx = (view.cx ?? b[0] + b[2] / 2) - dxPx * unit;\n  view.cy = (view.cy ?? b[1] + b[3] / 2) - dyPx * unit;\n  view.apply();\n};\nel.addEventListener('wheel', e => { e.preventDefault(); view.zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2); },\n  {passive: false});\nlet drag = null;\nel.addEventListener('pointerdown', e => { drag = {x: e.clientX, y: e.clientY};\n  el.setPointerCapture(e.pointerId); el.style.cursor = 'grabbing'; });\nel.addEventListener('pointermove', e => { if (!drag) return;\n  view.pan(e.clientX - drag.x, e.clientY - drag.y); drag = {x: e.clientX, y: e.clientY}; });\nconst end = () => { drag = null; el.style.cursor = 'grab'; };\nel.addEventListener('pointerup', end);\nel.addEventListener('pointercancel', end);\nel.addEventListener('keydown', e => {\n  const step = 40, keys = {ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step],\n    ArrowDown: [0, -step]};\n  if (keys[e.key]) { view.pan(...keys[e.key]); }\n  else if (e.key === '+' || e.key === '=') { view.zoom(1.2); }\n  else if (e.key === '-') { view.zoom(1 / 1.2); }\n  else if (e.key === '0') { view.fit(); }\n  else { return; }\n  e.preventDefault();\n});\nview.apply();}).apply($0)"],
    function ($0) {
return (async function() { const el = this;
if (el.__view) { el.__view.apply(); return; }
const view = el.__view = {scale: 1, cx: null, cy: null};
const box = () => { const svg = el.querySelector('svg');
  return svg && svg.dataset.box ? svg.dataset.box.split(' ').map(Number) : null; };
view.apply = () => {
  const svg = el.querySelector('svg'), b = box();
  if (!b) return;
  const w = b[2] / view.scale, h = b[3] / view.scale;
  const cx = view.cx ?? b[0] + b[2] / 2, cy = view.cy ?? b[1] + b[3] / 2;
  svg.setAttribute('viewBox', `${cx - w / 2} ${cy - h / 2} ${w} ${h}`);
  el.dataset.scale = view.scale.toFixed(2);
};
view.zoom = f => { view.scale = Math.min(8, Math.max(0.5, view.scale * f)); view.apply(); };
view.fit = () => { view.scale = 1; view.cx = null; view.cy = null; view.apply(); };
view.pan = (dxPx, dyPx) => {
  const b = box(); if (!b) return;
  const unit = Math.max(b[2] / el.clientWidth, b[3] / el.clientHeight) / view.scale;
  view.cx = (view.cx ?? b[0] + b[2] / 2) - dxPx * unit;
  view.cy = (view.cy ?? b[1] + b[3] / 2) - dyPx * unit;
  view.apply();
};
el.addEventListener('wheel', e => { e.preventDefault(); view.zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2); },
  {passive: false});
let drag = null;
el.addEventListener('pointerdown', e => { drag = {x: e.clientX, y: e.clientY};
  el.setPointerCapture(e.pointerId); el.style.cursor = 'grabbing'; });
el.addEventListener('pointermove', e => { if (!drag) return;
  view.pan(e.clientX - drag.x, e.clientY - drag.y); drag = {x: e.clientX, y: e.clientY}; });
const end = () => { drag = null; el.style.cursor = 'grab'; };
el.addEventListener('pointerup', end);
el.addEventListener('pointercancel', end);
el.addEventListener('keydown', e => {
  const step = 40, keys = {ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step],
    ArrowDown: [0, -step]};
  if (keys[e.key]) { view.pan(...keys[e.key]); }
  else if (e.key === '+' || e.key === '=') { view.zoom(1.2); }
  else if (e.key === '-') { view.zoom(1 / 1.2); }
  else if (e.key === '0') { view.fit(); }
  else { return; }
  e.preventDefault();
});
view.apply();}).apply($0)
});
$pathwayKnown(["$0","return (async function() { const nav = this; if (nav.__tracksFocus) { return; } nav.__tracksFocus = true; document.addEventListener('focusin', e => { nav.__hasFocus = nav.contains(e.target); }, true);}).apply($0)"],
    function ($0) {
return (async function() { const nav = this; if (nav.__tracksFocus) { return; } nav.__tracksFocus = true; document.addEventListener('focusin', e => { nav.__hasFocus = nav.contains(e.target); }, true);}).apply($0)
});
$pathwayKnown(["$0","return (async function() { if (!this.__pathwayKeepsEnter) {\n  this.__pathwayKeepsEnter = true;\n  this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); });\n}}).apply($0)"],
    function ($0) {
return (async function() { if (!this.__pathwayKeepsEnter) {
  this.__pathwayKeepsEnter = true;
  this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); });
}}).apply($0)
});
$pathwayKnown(["$0","return (async function() { if (this.$connector) { this.$connector.reset() }}).apply($0)"],
    function ($0) {
return (async function() { if (this.$connector) { this.$connector.reset() }}).apply($0)
});
$pathwayKnown(["$0","return (async function() { let e = this; while (e) { if (e.scrollTop) { e.scrollTop = 0; } e = e.parentElement || (e.getRootNode() && e.getRootNode().host); } window.scrollTo(0, 0);}).apply($0)"],
    function ($0) {
return (async function() { let e = this; while (e) { if (e.scrollTop) { e.scrollTop = 0; } e = e.parentElement || (e.getRootNode() && e.getRootNode().host); } window.scrollTo(0, 0);}).apply($0)
});
$pathwayKnown(["$0","return (async function() { setTimeout(() => this.scrollIntoView(), 0)}).apply($0)"],
    function ($0) {
return (async function() { setTimeout(() => this.scrollIntoView(), 0)}).apply($0)
});
$pathwayKnown(["$0","return (async function() { setTimeout(() => {\n    try {\n       this._nextFocusIsFromClient = false;\n       this.focus();\n    } finally {\n       this._nextFocusIsFromClient = true;\n    }\n}, 0)\n}).apply($0)"],
    function ($0) {
return (async function() { setTimeout(() => {
    try {
       this._nextFocusIsFromClient = false;
       this.focus();
    } finally {
       this._nextFocusIsFromClient = true;
    }
}, 0)
}).apply($0)
});
$pathwayKnown(["$0","return (async function() { this.__view && this.__view.zoom(1.2)}).apply($0)"],
    function ($0) {
return (async function() { this.__view && this.__view.zoom(1.2)}).apply($0)
});
$pathwayKnown(["$0","return (async function() { this.generator = ({item, column}) => { return (item && item.gridtooltips && column) ? item.gridtooltips[column._flowId] ?? item.gridtooltips['row'] : ''; }}).apply($0)"],
    function ($0) {
return (async function() { this.generator = ({item, column}) => { return (item && item.gridtooltips && column) ? item.gridtooltips[column._flowId] ?? item.gridtooltips['row'] : ''; }}).apply($0)
});
$pathwayKnown(["$0","return (async function() { this.preventContextMenu = e => !(e.target instanceof Element && e.target.closest('.board-card-menu')); this.getContextMenuBeforeOpenDetail = e => { const card = e.target instanceof Element ? e.target.closest('.board-card') : null; return {key: card ? card.dataset.key : ''}; };}).apply($0)"],
    function ($0) {
return (async function() { this.preventContextMenu = e => !(e.target instanceof Element && e.target.closest('.board-card-menu')); this.getContextMenuBeforeOpenDetail = e => { const card = e.target instanceof Element ? e.target.closest('.board-card') : null; return {key: card ? card.dataset.key : ''}; };}).apply($0)
});
$pathwayKnown(["$0","return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)"],
    function ($0) {
return (async function() { window.Vaadin.Flow.comboBoxConnector.initLazy(this)}).apply($0)
});
$pathwayKnown(["$0","return (async function() { window.Vaadin.Flow.dndConnector.updateDragSource(this)}).apply($0)"],
    function ($0) {
return (async function() { window.Vaadin.Flow.dndConnector.updateDragSource(this)}).apply($0)
});
$pathwayKnown(["$0","return (async function() { window.Vaadin.Flow.dndConnector.updateDropTarget(this)}).apply($0)"],
    function ($0) {
return (async function() { window.Vaadin.Flow.dndConnector.updateDropTarget(this)}).apply($0)
});
$pathwayKnown(["$0","return (async function() { window.print()}).apply($0)"],
    function ($0) {
return (async function() { window.print()}).apply($0)
});
$pathwayKnown(["$0","window.Vaadin.Flow.datepickerConnector.initLazy($0)"],
    function ($0) {
window.Vaadin.Flow.datepickerConnector.initLazy($0)
});
$pathwayKnown(["$0","window.Vaadin.Flow.selectConnector.initLazy($0)"],
    function ($0) {
window.Vaadin.Flow.selectConnector.initLazy($0)
});
$pathwayKnown(["$0","window.Vaadin.Flow.timepickerConnector.initLazy($0)"],
    function ($0) {
window.Vaadin.Flow.timepickerConnector.initLazy($0)
});
$pathwayKnown(["event","element","return ((['Enter'].indexOf(event.code) !== -1 || ['Enter'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.stopPropagation() || true))"],
    function (event, element) {
return ((['Enter'].indexOf(event.code) !== -1 || ['Enter'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') && !event.getModifierState('Meta') && (event.stopPropagation() || true))
});
$pathwayKnown(["event","element","return ((['KeyD'].indexOf(event.code) !== -1 || ['KeyD'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && event.getModifierState('Alt') && !event.getModifierState('Meta') && (event.stopPropagation() || true))"],
    function (event, element) {
return ((['KeyD'].indexOf(event.code) !== -1 || ['KeyD'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && event.getModifierState('Alt') && !event.getModifierState('Meta') && (event.stopPropagation() || true))
});
$pathwayKnown(["event","element","return ((['KeyE'].indexOf(event.code) !== -1 || ['KeyE'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && event.getModifierState('Alt') && !event.getModifierState('Meta') && (event.stopPropagation() || true))"],
    function (event, element) {
return ((['KeyE'].indexOf(event.code) !== -1 || ['KeyE'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && event.getModifierState('Alt') && !event.getModifierState('Meta') && (event.stopPropagation() || true))
});
$pathwayKnown(["event","element","return ((['KeyV'].indexOf(event.code) !== -1 || ['KeyV'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && event.getModifierState('Alt') && !event.getModifierState('Meta') && (event.stopPropagation() || true))"],
    function (event, element) {
return ((['KeyV'].indexOf(event.code) !== -1 || ['KeyV'].indexOf(event.key) !== -1) && !event.getModifierState('Shift') && !event.getModifierState('Control') && event.getModifierState('Alt') && !event.getModifierState('Meta') && (event.stopPropagation() || true))
});
$pathwayKnown(["event","element","return ((element.getEventContext(event).item || {}).key)"],
    function (event, element) {
return ((element.getEventContext(event).item || {}).key)
});
$pathwayKnown(["event","element","return ((event.target.classList.contains('board-card') && ['ArrowUp','ArrowDown','ArrowLeft','ArrowRight','Enter','m','M'].includes(event.key)) && event.preventDefault())"],
    function (event, element) {
return ((event.target.classList.contains('board-card') && ['ArrowUp','ArrowDown','ArrowLeft','ArrowRight','Enter','m','M'].includes(event.key)) && event.preventDefault())
});
$pathwayKnown(["event","element","return (1)"],
    function (event, element) {
return (1)
});
$pathwayKnown(["event","element","return (element.files.some(file => file.uploading))"],
    function (event, element) {
return (element.files.some(file => file.uploading))
});
$pathwayKnown(["event","element","return (event.altKey)"],
    function (event, element) {
return (event.altKey)
});
$pathwayKnown(["event","element","return (event.button)"],
    function (event, element) {
return (event.button)
});
$pathwayKnown(["event","element","return (event.clientX - event.currentTarget.getBoundingClientRect().left)"],
    function (event, element) {
return (event.clientX - event.currentTarget.getBoundingClientRect().left)
});
$pathwayKnown(["event","element","return (event.clientX)"],
    function (event, element) {
return (event.clientX)
});
$pathwayKnown(["event","element","return (event.clientY - event.currentTarget.getBoundingClientRect().top)"],
    function (event, element) {
return (event.clientY - event.currentTarget.getBoundingClientRect().top)
});
$pathwayKnown(["event","element","return (event.clientY)"],
    function (event, element) {
return (event.clientY)
});
$pathwayKnown(["event","element","return (event.code)"],
    function (event, element) {
return (event.code)
});
$pathwayKnown(["event","element","return (event.ctrlKey)"],
    function (event, element) {
return (event.ctrlKey)
});
$pathwayKnown(["event","element","return (event.dataTransfer.dropEffect)"],
    function (event, element) {
return (event.dataTransfer.dropEffect)
});
$pathwayKnown(["event","element","return (event.dataTransfer.effectAllowed)"],
    function (event, element) {
return (event.dataTransfer.effectAllowed)
});
$pathwayKnown(["event","element","return (event.detail)"],
    function (event, element) {
return (event.detail)
});
$pathwayKnown(["event","element","return (event.detail.altKey)"],
    function (event, element) {
return (event.detail.altKey)
});
$pathwayKnown(["event","element","return (event.detail.button)"],
    function (event, element) {
return (event.detail.button)
});
$pathwayKnown(["event","element","return (event.detail.clientX)"],
    function (event, element) {
return (event.detail.clientX)
});
$pathwayKnown(["event","element","return (event.detail.clientY)"],
    function (event, element) {
return (event.detail.clientY)
});
$pathwayKnown(["event","element","return (event.detail.ctrlKey)"],
    function (event, element) {
return (event.detail.ctrlKey)
});
$pathwayKnown(["event","element","return (event.detail.detail)"],
    function (event, element) {
return (event.detail.detail)
});
$pathwayKnown(["event","element","return (event.detail.internalColumnId)"],
    function (event, element) {
return (event.detail.internalColumnId)
});
$pathwayKnown(["event","element","return (event.detail.itemKey)"],
    function (event, element) {
return (event.detail.itemKey)
});
$pathwayKnown(["event","element","return (event.detail.metaKey)"],
    function (event, element) {
return (event.detail.metaKey)
});
$pathwayKnown(["event","element","return (event.detail.screenX)"],
    function (event, element) {
return (event.detail.screenX)
});
$pathwayKnown(["event","element","return (event.detail.screenY)"],
    function (event, element) {
return (event.detail.screenY)
});
$pathwayKnown(["event","element","return (event.detail.shiftKey)"],
    function (event, element) {
return (event.detail.shiftKey)
});
$pathwayKnown(["event","element","return (event.isComposing)"],
    function (event, element) {
return (event.isComposing)
});
$pathwayKnown(["event","element","return (event.key === 'Enter' && !event.defaultPrevented)"],
    function (event, element) {
return (event.key === 'Enter' && !event.defaultPrevented)
});
$pathwayKnown(["event","element","return (event.key)"],
    function (event, element) {
return (event.key)
});
$pathwayKnown(["event","element","return (event.location)"],
    function (event, element) {
return (event.location)
});
$pathwayKnown(["event","element","return (event.metaKey)"],
    function (event, element) {
return (event.metaKey)
});
$pathwayKnown(["event","element","return (event.offsetX)"],
    function (event, element) {
return (event.offsetX)
});
$pathwayKnown(["event","element","return (event.offsetY)"],
    function (event, element) {
return (event.offsetY)
});
$pathwayKnown(["event","element","return (event.repeat)"],
    function (event, element) {
return (event.repeat)
});
$pathwayKnown(["event","element","return (event.screenX)"],
    function (event, element) {
return (event.screenX)
});
$pathwayKnown(["event","element","return (event.screenY)"],
    function (event, element) {
return (event.screenY)
});
$pathwayKnown(["event","element","return (event.shiftKey)"],
    function (event, element) {
return (event.shiftKey)
});
$pathwayKnown(["event","element","return (event.target.classList.contains('board-card') && ['ArrowUp','ArrowDown','ArrowLeft','ArrowRight','Enter','m','M'].includes(event.key))"],
    function (event, element) {
return (event.target.classList.contains('board-card') && ['ArrowUp','ArrowDown','ArrowLeft','ArrowRight','Enter','m','M'].includes(event.key))
});
$pathwayKnown(["event","element","return (event.target.closest('.board-card').dataset.key)"],
    function (event, element) {
return (event.target.closest('.board-card').dataset.key)
});
$pathwayKnown(["event","element","return (event.target.closest('.board-card-title') !== null)"],
    function (event, element) {
return (event.target.closest('.board-card-title') !== null)
});
$pathwayKnown(["event","element","return (event.target.closest('.task-row').dataset.task)"],
    function (event, element) {
return (event.target.closest('.task-row').dataset.task)
});
$pathwayKnown(["event","element","return (event.target.closest('[data-action]') !== null && event.target.closest('.task-row') !== null)"],
    function (event, element) {
return (event.target.closest('[data-action]') !== null && event.target.closest('.task-row') !== null)
});
$pathwayKnown(["event","element","return (event.target.closest('[data-action]').dataset.action)"],
    function (event, element) {
return (event.target.closest('[data-action]').dataset.action)
});
$pathwayKnown(["html","root","live","appId","itemKey","model","item","index","return html`${Vaadin.FlowComponentHost.getNode(appId, item.nodeid)}`"],
    function (html, root, live, appId, itemKey, model, item, index) {
return html`${Vaadin.FlowComponentHost.getNode(appId, item.nodeid)}`
});
$pathwayKnown(["html","root","live","appId","itemKey","model","item","index","return html`<a class=\"lead-key-link\" href=\"leads/${item.key}\" router-link>${item.key}</a>`"],
    function (html, root, live, appId, itemKey, model, item, index) {
return html`<a class="lead-key-link" href="leads/${item.key}" router-link>${item.key}</a>`
});
$pathwayKnown(["html","root","live","appId","itemKey","model","item","index","return html`<a class=\"lead-phone\" href=\"${item.tel}\" title=\"${item.title}\" ?hidden=\"${!item.tel}\">${item.shown}</a>`"],
    function (html, root, live, appId, itemKey, model, item, index) {
return html`<a class="lead-phone" href="${item.tel}" title="${item.title}" ?hidden="${!item.tel}">${item.shown}</a>`
});
$pathwayKnown(["html","root","live","appId","itemKey","model","item","index","return html`<span class=\"lead-course\" theme=\"${item.theme}\" title=\"${item.title}\" .ariaLabel=\"${item.label || null}\">${item.text}</span>`"],
    function (html, root, live, appId, itemKey, model, item, index) {
return html`<span class="lead-course" theme="${item.theme}" title="${item.title}" .ariaLabel="${item.label || null}">${item.text}</span>`
});
$pathwayKnown(["html","root","live","appId","itemKey","model","item","index","return html`<span class=\"lead-due\" theme=\"${item.theme}\" title=\"${item.title}\" .ariaLabel=\"${item.label || null}\">${item.text}</span>`"],
    function (html, root, live, appId, itemKey, model, item, index) {
return html`<span class="lead-due" theme="${item.theme}" title="${item.title}" .ariaLabel="${item.label || null}">${item.text}</span>`
});
$pathwayKnown(["html","root","live","appId","itemKey","model","item","index","return html`<span class=\"lead-name\">${item.name}</span>`"],
    function (html, root, live, appId, itemKey, model, item, index) {
return html`<span class="lead-name">${item.name}</span>`
});
$pathwayKnown(["html","root","live","appId","itemKey","model","item","index","return html`<span class=\"lead-status\" theme=\"${item.theme}\" title=\"${item.title}\" .ariaLabel=\"${item.label || null}\">${item.text}</span>`"],
    function (html, root, live, appId, itemKey, model, item, index) {
return html`<span class="lead-status" theme="${item.theme}" title="${item.title}" .ariaLabel="${item.label || null}">${item.text}</span>`
});
$pathwayKnown(["window.location.reload();"],
    function () {
window.location.reload();
});
})(window.PathwayKnownFunction);
