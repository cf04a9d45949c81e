package com.pathway.notes.web;

import java.net.URI;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.pathway.notes.NewNote;
import com.pathway.notes.NoteChange;
import com.pathway.notes.NoteService;
import com.pathway.notes.NoteView;

/**
 * A lead's notes over REST, with the rules of {@link NoteService}: the notes the caller may read (clinical
 * ones for clinicians only), writing one, changing one within its author's 15 minutes or pinning it, and
 * adding an addendum. A lead the caller may not read is 404, like an unknown one.
 */
@RestController
@RequestMapping("/api/v1/leads/{key}/notes")
public class NoteApiController {

    private final NoteService notes;

    public NoteApiController(NoteService notes) {
        this.notes = notes;
    }

    /** One page of notes, newest first, with the total the database counted. */
    public record PageBody(List<NoteView> items, long total, int page, int size) {
    }

    /** An addendum's text. */
    public record AddendumBody(String text) {
    }

    @GetMapping
    public PageBody list(@PathVariable String key, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        // page and size are checked before this runs (shared.web.PagingParameters).
        Page<NoteView> result = notes.list(key, PageRequest.of(page, size));
        return new PageBody(result.getContent(), result.getTotalElements(), result.getNumber(), result.getSize());
    }

    @PostMapping
    public ResponseEntity<NoteView> write(@PathVariable String key, @RequestBody(required = false) NewNote body) {
        NoteView note = notes.write(key, body);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + note.leadKey() + "/notes/" + note.id())).body(note);
    }

    @PatchMapping("/{id}")
    public NoteView change(@PathVariable String key, @PathVariable long id,
            @RequestBody(required = false) NoteChange body) {
        return notes.change(key, id, body);
    }

    @PostMapping("/{id}/addenda")
    public ResponseEntity<NoteView> addendum(@PathVariable String key, @PathVariable long id,
            @RequestBody(required = false) AddendumBody body) {
        NoteView addendum = notes.addAddendum(key, id, body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/v1/leads/" + addendum.leadKey() + "/notes/" + addendum.id()))
                .body(addendum);
    }
}
