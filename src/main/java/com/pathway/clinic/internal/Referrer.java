package com.pathway.clinic.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provider who refers people to the clinic; kept as a record of its own for reporting. */
@Entity
@Table(name = "referrer")
public class Referrer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String organisation;
    private String phone;
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Referrer() {
    }

    public Referrer(String name, String organisation, String phone, String email, Instant now) {
        this.name = name;
        this.organisation = organisation;
        this.phone = phone;
        this.email = email;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }
}
