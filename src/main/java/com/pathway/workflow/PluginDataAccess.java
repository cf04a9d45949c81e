package com.pathway.workflow;

/**
 * Who may read a plugin's data of an item, such as the values of its fields in the changelog: an
 * extension point, a Spring bean per plugin. The engine shows plugin field changes of an item only
 * when the bean supporting its type allows it; with no such bean it shows them to nobody.
 */
public interface PluginDataAccess {

    boolean supports(String itemType);

    /** Whether the current user may read the plugin's data of this item. */
    boolean mayRead(WorkItemView item);

    /** Called, in the reading transaction, after plugin data of the item was shown to the current user. */
    default void wasRead(WorkItemView item, String what) {
    }
}
