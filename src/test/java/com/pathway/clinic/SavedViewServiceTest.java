package com.pathway.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.pathway.shared.ConflictException;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.workflow.SignedIn;
import com.pathway.workflow.WorkflowTest;

/** Saved views of the lead list: per user, named 1 to 60 characters, unique per user, at most 50. */
@WorkflowTest
class SavedViewServiceTest {

    @Autowired
    SavedViewService views;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private static String user() {
        String name = "views-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.as(name, "INTAKE_COORDINATOR");
        return name;
    }

    @Test
    void savesListsRenamesAndDeletesMyViews() {
        user();
        SavedView overdue = views.save("  Overdue contacted  ", "status=Contacted&overdue=true");
        SavedView mine = views.save("assigned to me", "assignee=intake&sort=lastName,asc");

        assertThat(overdue.name()).isEqualTo("Overdue contacted");
        assertThat(views.mine()).extracting(SavedView::name).containsExactly("assigned to me", "Overdue contacted");
        assertThat(views.get(overdue.id()).query()).isEqualTo("status=Contacted&overdue=true");

        SavedView renamed = views.rename(mine.id(), "Mine, by name", mine.version());
        assertThat(renamed.name()).isEqualTo("Mine, by name");
        assertThat(views.rename(overdue.id(), "OVERDUE contacted", overdue.version()).name())
                .as("a change of case only is allowed").isEqualTo("OVERDUE contacted");

        views.delete(overdue.id());
        assertThat(views.mine()).extracting(SavedView::name).containsExactly("Mine, by name");
    }

    @Test
    void refusesBadNamesDuplicatesAndTooLongFilters() {
        user();
        views.save("Weekly", "q=a");

        assertThatThrownBy(() -> views.save("   ", "q=a")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("name", "Name the view with 1 to 60 characters."));
        assertThatThrownBy(() -> views.save("x".repeat(61), "q=a")).isInstanceOf(InvalidInputException.class);
        assertThat(views.save("x".repeat(60), "q=a").name()).hasSize(60);
        assertThatThrownBy(() -> views.save("weekly", "q=b")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("name"))
                        .contains("already have a view named"));
        assertThatThrownBy(() -> views.save("Long", "q=" + "a".repeat(2000))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("query"));
        assertThat(views.mine()).hasSize(2);
    }

    @Test
    void renamingToAnotherOfMyNamesOrFromAStaleVersionIsRefused() {
        user();
        SavedView a = views.save("A", "q=a");
        views.save("B", "q=b");

        assertThatThrownBy(() -> views.rename(a.id(), "b", a.version())).isInstanceOf(InvalidInputException.class);
        views.rename(a.id(), "A2", a.version());
        assertThatThrownBy(() -> views.rename(a.id(), "A3", a.version())).isInstanceOf(ConflictException.class);
        assertThat(views.get(a.id()).name()).isEqualTo("A2");
    }

    @Test
    void allowsAtMostFiftyViewsPerUser() {
        user();
        IntStream.rangeClosed(1, SavedViewService.MAX_VIEWS).forEach(i -> views.save("View " + i, "q=" + i));

        assertThatThrownBy(() -> views.save("One more", "q=x")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("name")).contains("50"));
        assertThat(views.mine()).hasSize(50);
    }

    @Test
    void eachUserSeesAndChangesOnlyTheirOwnViews() {
        user();
        SavedView theirs = views.save("Shared name", "q=mine");

        String other = user();
        assertThat(views.mine()).isEmpty();
        assertThat(views.save("Shared name", "q=other").name()).as("names are unique per user only")
                .isEqualTo("Shared name");
        assertThatThrownBy(() -> views.get(theirs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> views.rename(theirs.id(), "Taken", theirs.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> views.delete(theirs.id())).isInstanceOf(NotFoundException.class);
        assertThat(views.mine()).extracting(SavedView::query).containsExactly("q=other");
        assertThat(other).startsWith("views-");
    }

    @Test
    void onlyStaffWhoUseTheLeadListHaveViews() {
        SignedIn.as("admin", "ADMIN");
        assertThatThrownBy(() -> views.mine()).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("clinician-" + UUID.randomUUID(), "CLINICIAN");
        assertThat(views.save("Mine", "assignee=me").name()).isEqualTo("Mine");
        assertThat(views.mine()).hasSize(1);
    }
}
