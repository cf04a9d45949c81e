package com.pathway.clinic.treatment;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.clinic.treatment.internal.TreatmentAudit;
import com.pathway.clinic.treatment.internal.TreatmentOption;
import com.pathway.clinic.treatment.internal.TreatmentOptionRepository;
import com.pathway.security.Access;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

/**
 * The clinic's own lists behind treatment records (indications, side effects): shipped defaults an
 * administrator renames, retires or adds to. Retiring keeps what was recorded with an entry as it was.
 */
@Service
@Transactional
public class TreatmentOptionService {

    public static final int MAX_LABEL = 80;

    private final TreatmentOptionRepository options;
    private final TreatmentAudit audit;

    public TreatmentOptionService(TreatmentOptionRepository options, TreatmentAudit audit) {
        this.options = options;
        this.audit = audit;
    }

    /** The entries staff choose from now, in the clinic's order. */
    @PreAuthorize(Access.CLINICIAN_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<String> choices(OptionKind kind) {
        return options.findByKindAndActiveTrueOrderByPositionAscIdAsc(required(kind)).stream()
                .map(TreatmentOption::getLabel).toList();
    }

    /** Every entry, retired ones too, for the administrator's page. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public List<OptionView> all(OptionKind kind) {
        return options.findByKindOrderByPositionAscIdAsc(required(kind)).stream().map(TreatmentOptionService::view).toList();
    }

    @PreAuthorize(Access.ADMIN)
    public OptionView add(OptionKind kind, String label) {
        String checked = label(required(kind), label, null);
        TreatmentOption option = options.saveAndFlush(new TreatmentOption(kind, checked, options.lastPosition(kind) + 1));
        audit.option(kind.name(), checked, "added");
        return view(option);
    }

    @PreAuthorize(Access.ADMIN)
    public OptionView rename(long id, String label) {
        TreatmentOption option = find(id);
        String checked = label(option.getKind(), label, option.getId());
        String before = option.getLabel();
        option.rename(checked);
        options.saveAndFlush(option);
        audit.option(option.getKind().name(), checked, "renamed from " + before);
        return view(option);
    }

    @PreAuthorize(Access.ADMIN)
    public OptionView setActive(long id, boolean active) {
        TreatmentOption option = find(id);
        option.setActive(active);
        options.saveAndFlush(option);
        audit.option(option.getKind().name(), option.getLabel(), active ? "offered again" : "retired");
        return view(option);
    }

    private TreatmentOption find(long id) {
        return options.findById(id).orElseThrow(() -> new NotFoundException("There is no list entry " + id + "."));
    }

    private static OptionKind required(OptionKind kind) {
        if (kind == null) {
            throw InvalidInputException.of("kind", "Say which list: INDICATION, SIDE_EFFECT or ROUTE.");
        }
        return kind;
    }

    private String label(OptionKind kind, String label, Long self) {
        if (label == null || label.isBlank()) {
            throw InvalidInputException.of("label", "Enter the entry's name.");
        }
        String stripped = label.strip().replaceAll("\\s+", " ");
        if (stripped.length() > MAX_LABEL) {
            throw InvalidInputException.of("label", "An entry's name holds at most " + MAX_LABEL + " characters.");
        }
        options.findByKindAndLabelIgnoreCase(kind, stripped).filter(o -> !o.getId().equals(self)).ifPresent(o -> {
            throw new ConflictException("The list already holds \"" + o.getLabel() + "\".");
        });
        return stripped;
    }

    private static OptionView view(TreatmentOption o) {
        return new OptionView(o.getId(), o.getKind(), o.getLabel(), o.isActive(), o.isShipped());
    }
}
