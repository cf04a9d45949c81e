package com.pathway.clinic.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

/** The answer given to an inquiry sent with an Idempotency-Key, kept so that a retry gets it again. */
@Entity
@Table(name = "inquiry_request")
public class InquiryRequest implements Persistable<String> {

    @Id
    @Column(name = "idempotency_key")
    private String key;

    @Column(name = "body_sha256", nullable = false)
    private String bodySha256;

    @Column(nullable = false)
    private int status;

    @Column(nullable = false)
    private String response;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InquiryRequest() {
    }

    InquiryRequest(String key, String bodySha256, int status, String response, Instant createdAt) {
        this.key = key;
        this.bodySha256 = bodySha256;
        this.status = status;
        this.response = response;
        this.createdAt = createdAt;
    }

    @Override
    public String getId() {
        return key;
    }

    /** Always inserted, never updated: a second insert of the same key fails. */
    @Override
    public boolean isNew() {
        return true;
    }

    public String getBodySha256() {
        return bodySha256;
    }

    public int getStatus() {
        return status;
    }

    public String getResponse() {
        return response;
    }
}
