package com.pathway.clinic.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryRequestRepository extends JpaRepository<InquiryRequest, String> {
}
