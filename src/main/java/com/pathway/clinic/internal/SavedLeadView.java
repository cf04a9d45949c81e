package com.pathway.clinic.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's named lead-list view: the list's address query (filters and sort). */
@Entity
@Table(name = "saved_lead_view")
public class SavedLeadView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 64)
    private String owner;
    @Column(nullable = false, length = 60)
    private String name;
    @Column(name = "name_lower", nullable = false, length = 60)
    private String nameLower;
    @Column(nullable = false, length = 2000)
    private String query;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected SavedLeadView() {
    }

    public SavedLeadView(String owner, String name, String query, Instant now) {
        this.owner = owner;
        this.query = query;
        this.createdAt = now;
        rename(name, now);
    }

    public final void rename(String newName, Instant now) {
        name = newName;
        nameLower = newName.toLowerCase(Locale.ROOT);
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public long getVersion() {
        return version;
    }
}
