package com.pathway.clinic.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.audit.AuditRecord;
import com.pathway.audit.AuditService;
import com.pathway.clinic.screening.internal.ScreeningItem;
import com.pathway.clinic.screening.internal.ScreeningItemRepository;
import com.pathway.security.Access;
import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;

/**
 * The clinic's screening checklist, as administrators keep it: shipped example items the clinic's medical
 * director reviews, reworded, added or retired. Items are never deleted; a change applies to screenings
 * started after it, and screenings already started keep the wording they asked.
 */
@Service
@Transactional
public class ScreeningChecklistService {

    public static final int MAX_LABEL = 300;

    private final ScreeningItemRepository items;
    private final AuditService audit;

    public ScreeningChecklistService(ScreeningItemRepository items, AuditService audit) {
        this.items = items;
        this.audit = audit;
    }

    /** Every item, retired ones too, in the order they are asked. */
    @PreAuthorize(Access.ADMIN)
    public List<ChecklistItem> items() {
        return items.findAllByOrderByPositionAscIdAsc().stream().map(ScreeningItem::view).toList();
    }

    /** Adds an item at the end of the checklist. */
    @PreAuthorize(Access.ADMIN)
    public ChecklistItem add(ChecklistItemEdit edit) {
        check(edit);
        int position = items.findAllByOrderByPositionAscIdAsc().stream().mapToInt(ScreeningItem::getPosition).max()
                .orElse(0) + 1;
        ScreeningItem item = new ScreeningItem(position, edit.label().strip(), edit.kind(), edit.contraindication());
        item.change(edit.label().strip(), edit.kind(), edit.contraindication(), edit.active());
        item = items.saveAndFlush(item);
        audit.record(AuditRecord.success("SCREENING_CHECKLIST_CHANGED", "SCREENING_ITEM", String.valueOf(item.getId())));
        return item.view();
    }

    /** Changes an item's wording, kind, whether it is a contraindication, or retires it (active false). */
    @PreAuthorize(Access.ADMIN)
    public ChecklistItem change(long id, ChecklistItemEdit edit) {
        check(edit);
        ScreeningItem item = items.findById(id).orElseThrow(() -> new NotFoundException("There is no checklist item " + id + "."));
        if (edit.version() == null || edit.version() != item.getVersion()) {
            throw new ConflictException("The checklist item was changed by someone else meanwhile; reload and try again.");
        }
        item.change(edit.label().strip(), edit.kind(), edit.contraindication(), edit.active());
        try {
            item = items.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("The checklist item was changed by someone else meanwhile; reload and try again.");
        }
        audit.record(AuditRecord.success("SCREENING_CHECKLIST_CHANGED", "SCREENING_ITEM", String.valueOf(id)));
        return item.view();
    }

    private static void check(ChecklistItemEdit edit) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (edit == null || edit.label() == null || edit.label().isBlank()) {
            errors.put("label", "Write the item as the clinician will read it.");
        } else if (edit.label().strip().length() > MAX_LABEL) {
            errors.put("label", "An item holds at most " + MAX_LABEL + " characters.");
        }
        if (edit == null || edit.kind() == null) {
            errors.put("kind", "Choose whether the item is answered yes or no, or with text.");
        } else if (edit.contraindication() && edit.kind() != ItemKind.YES_NO) {
            errors.put("contraindication", "Only a yes/no item can be a contraindication.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
