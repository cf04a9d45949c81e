package com.pathway.ui.view;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Element;

import com.pathway.clinic.LeadPermissions;
import com.pathway.clinic.LeadService;
import com.pathway.clinic.LeadSummary;
import com.pathway.security.CurrentUser;
import com.pathway.security.Role;
import com.pathway.shared.ui.Markup;
import com.pathway.tasks.MyWork;
import com.pathway.tasks.Notice;
import com.pathway.tasks.Notices;
import com.pathway.tasks.ServiceLevels;
import com.pathway.tasks.TaskPermissions;
import com.pathway.tasks.TaskService;
import com.pathway.tasks.TaskView;
import com.pathway.tasks.ui.TaskRows;
import com.pathway.tasks.ui.TaskWords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * My work: one's open tasks (overdue, due today, upcoming) and, for the intake team, new leads waiting
 * for their first contact with the time left on the first-response target; unread notices on top.
 * Each item is a click from its lead. The services decide what the user may see.
 */
class MyWorkBoard extends Div {

    static final int PER_LIST = 25;

    private final TaskService tasks;
    private final LeadService leads;
    private final Notices notices;
    private final ServiceLevels levels;
    private final Clock clock;
    private final boolean showsNewLeads;
    private final TaskPermissions permissions;
    private final Div content = new Div();

    MyWorkBoard(TaskService tasks, TaskPermissions taskPermissions, LeadService leads, LeadPermissions leadPermissions,
            Notices notices, ServiceLevels levels, CurrentUser currentUser, Clock clock) {
        this.tasks = tasks;
        this.leads = leads;
        this.notices = notices;
        this.levels = levels;
        this.clock = clock;
        this.showsNewLeads = leadPermissions.mayList()
                && (currentUser.hasRole(Role.INTAKE_COORDINATOR) || currentUser.hasRole(Role.MANAGER));
        this.permissions = taskPermissions;
        setId("my-work");
        addClassName("my-work");
        add(content);
        refresh();
    }

    void refresh() {
        content.removeAll();
        List<Notice> unread = notices.mine(10);
        if (!unread.isEmpty()) {
            content.add(noticeList(unread));
        }
        MyWork work = tasks.myWork(PER_LIST);
        Div lists = new Div(
                section("overdue", "Overdue", work.overdue(), work.overdueCount(), "Nothing overdue."),
                section("today", "Due today", work.dueToday(), work.dueTodayCount(), "Nothing else due today."),
                section("upcoming", "Upcoming", work.upcoming(), work.upcomingCount(), "Nothing scheduled later."));
        lists.addClassName("my-work-lists");
        content.add(lists);
        if (showsNewLeads) {
            content.add(newLeads(leads.awaitingFirstContact(PER_LIST)));
        }
    }

    private Div section(String id, String title, List<TaskView> shown, long total, String none) {
        Span count = new Span(String.valueOf(total));
        count.addClassName("my-work-count");
        count.setId("count-" + id);
        H3 heading = new H3(title);
        heading.add(count);
        Div section = new Div(heading);
        section.setId("work-" + id);
        section.addClassName("my-work-section");
        section.addClassName("my-work-" + id);
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.addClassName("task-empty");
            section.add(empty);
        } else {
            TaskRows rows = new TaskRows(tasks, permissions, levels.hours(), clock, true, this::refresh);
            rows.show(shown);
            section.add(rows);
            if (total > shown.size()) {
                section.add(new Paragraph("And " + (total - shown.size()) + " more."));
            }
        }
        return section;
    }

    private Div newLeads(List<LeadSummary> waiting) {
        Div section = new Div(new H3("New leads waiting for first contact"));
        section.setId("work-new-leads");
        section.addClassName("my-work-section");
        if (waiting.isEmpty()) {
            section.add(new Paragraph("Every new lead has been contacted."));
            return section;
        }
        // Nothing in a row is clicked but its link, so the list is sent as markup in one element (every value
        // escaped by jsoup): twenty-five rows would otherwise be some two hundred components the page keeps.
        Instant now = clock.instant();
        Element block = Markup.block();
        Element list = block.appendElement("ul").addClass("task-rows");
        for (LeadSummary lead : waiting) {
            boolean late = lead.slaDueAt() != null && lead.slaDueAt().isBefore(now);
            Element item = list.appendElement("li").addClass("task-row");
            item.appendElement("div").appendElement("a").attr("href", "leads/" + lead.key()).attr("router-link", "")
                    .addClass("task-lead")
                    .text(lead.key() + " \u00b7 " + lead.firstName() + " " + lead.lastName());
            Element meta = item.appendElement("div").addClass("task-meta");
            meta.appendElement("span").addClass(late ? "task-overdue" : "task-due").text(lead.slaDueAt() == null
                    ? "No target"
                    : TaskWords.target("first response", levels.remaining(lead.slaDueAt(), now), late, dayLength()));
            meta.appendElement("span").addClass("task-assignee").text("Arrived "
                    + TaskWords.due(lead.createdAt(), now, levels.hours().zone()).replace("Overdue since ", ""));
        }
        Div rows = new Div();
        rows.setId("new-leads-list");
        Markup.show(rows, block);
        section.add(rows);
        return section;
    }

    private Div noticeList(List<Notice> unread) {
        Div box = new Div(new H3("Notices"));
        box.setId("work-notices");
        box.addClassName("my-work-notices");
        UnorderedList list = new UnorderedList();
        for (Notice n : unread) {
            ListItem item = new ListItem();
            if (n.leadKey() != null) {
                item.add(new Anchor("leads/" + n.leadKey(), n.subject()));
            } else {
                item.add(new Span(n.subject()));
            }
            Button read = new Button("Mark read", e -> {
                notices.markRead(n.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(read);
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private java.time.Duration dayLength() {
        return levels.hours().dayLength();
    }
}
