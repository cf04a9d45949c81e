-- Plugins record changes of their own fields in the engine's changelog. Those values may be
-- personal data: the flag lets the engine show them only to users the plugin allows.
alter table wf_item_change add column plugin_field boolean default false not null;
