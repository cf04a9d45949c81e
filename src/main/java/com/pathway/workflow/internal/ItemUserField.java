package com.pathway.workflow.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One user field of an item (Jira's user picker): a named field that holds a user name, such as a
 * lead's clinician. The engine keeps them so that a {@link com.pathway.workflow.ReadScope} naming a
 * user field is evaluated without the plugin's tables. A cleared field has no row.
 */
@Entity
@Table(name = "wf_item_user")
public class ItemUserField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 64)
    private String field;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ItemUserField() {
    }

    ItemUserField(long itemId, String field, String username, Instant now) {
        this.itemId = itemId;
        this.field = field;
        this.username = username;
        this.updatedAt = now;
    }

    void change(String newUsername, Instant now) {
        username = newUsername;
        updatedAt = now;
    }

    public long getItemId() {
        return itemId;
    }

    public String getField() {
        return field;
    }

    public String getUsername() {
        return username;
    }
}
