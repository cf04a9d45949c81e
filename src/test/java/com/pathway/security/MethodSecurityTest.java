package com.pathway.security;

import static com.pathway.support.Caller.ADMIN;
import static com.pathway.support.Caller.ANONYMOUS;
import static com.pathway.support.Caller.CLINICIAN;
import static com.pathway.support.Caller.EVERYONE;
import static com.pathway.support.Caller.INTAKE_COORDINATOR;
import static com.pathway.support.Caller.MANAGER;
import static com.pathway.support.Caller.SIGNED_IN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import com.pathway.audit.AuditFilter;
import com.pathway.clinic.LeadFilter;
import com.pathway.support.Caller;
import com.pathway.support.IntegrationTest;
import com.pathway.support.TestAccounts;

/**
 * The role × call table: for every public method of every service of every module, which callers method
 * security lets through. Services are found on the class path ({@code @Service} anywhere under
 * {@code com.pathway}, and components in a module's top-level package that carry {@code @PreAuthorize}), so
 * a new method without a row fails here with the row to add. Each method is called as each caller with
 * harmless arguments (empty strings, unknown ids, nulls for records: they fail after the security check, so
 * nothing changes); what counts is only whether the call got past method security.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MethodSecurityTest {

    /** Who gets past method security, per method ({@code Class.method(ParameterTypes)}). */
    static final Map<String, Set<Caller>> ROWS = Caller.table(
            // audit
            row("AuditIntegrityService.verify()", ADMIN),
            row("AuditService.actors(String)", ADMIN),
            row("AuditService.count(AuditFilter)", ADMIN),
            row("AuditService.export(AuditFilter, OutputStream)", ADMIN),
            row("AuditService.knownActions()", ADMIN),
            row("AuditService.record(AuditRecord)", EVERYONE), // other modules' services audit as their caller
            row("AuditService.recordWithKeys(AuditRecord, List)", EVERYONE), // as record: other modules audit what their caller was shown
            row("AuditService.recordWithKeysCommittedTogether(AuditRecord, List)", EVERYONE), // the same, committed with others
            row("AuditService.search(AuditFilter, Pageable)", ADMIN),
            // board
            row("BoardService.card(String, String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.cards(String, BoardColumn, BoardFilter, Lane, int, int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.configuration(String)", ADMIN),
            row("BoardService.counts(String, BoardConfig, BoardFilter, Lane)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.editorChoices(String)", ADMIN),
            row("BoardService.filters(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.firstPages(String, BoardLayout, BoardFilter, int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.itemRoute(String, String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.lanes(String, BoardConfig, String, BoardFilter)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.layout(String, BoardFilter)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.move(String, TransitionRequest)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.moveOptions(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.moveOptions(String, BoardColumn)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("BoardService.projects()", SIGNED_IN), // which projects have a board: no item data
            row("BoardService.reread(String, BoardConfig, BoardFilter, List, long, Set)", INTAKE_COORDINATOR, CLINICIAN,
                    MANAGER),
            row("BoardService.reset(String)", ADMIN),
            row("BoardService.save(BoardConfig)", ADMIN),
            // clinic
            row("EmailConsentService.appointmentsStarting(Instant, Instant, int)", EVERYONE), // mail jobs: times and keys only
            row("EmailConsentService.recipient(long)", EVERYONE), // mail jobs: only leads who agreed to e-mail, audited
            row("EmailConsentService.unsubscribe(String)", EVERYONE), // the public page: only a signed token withdraws
            row("EmailConsentService.unsubscribeToken(long)", EVERYONE), // mail jobs writing a message to a consenting lead
            row("CalendarFeedService.create()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("CalendarFeedService.feed(String, URI)", EVERYONE), // a calendar app: the secret is the credential
            row("CalendarFeedService.revoke()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("CalendarFeedService.status()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("KeyRotation.columns()", EVERYONE), // the rotation command at the console, no user signed in; no web path
            row("KeyRotation.rotate()", EVERYONE), // as columns(): re-encrypts under the current key, reads nothing out
            row("LeadAssignmentService.assign(String, AssignmentField, String, Long)", INTAKE_COORDINATOR, MANAGER),
            row("LeadAssignmentService.assignMany(List, AssignmentField, String)", MANAGER),
            row("LeadAssignmentService.assignToMe(String, AssignmentField, Long)", INTAKE_COORDINATOR, CLINICIAN,
                    MANAGER), // each takes only the field their role fits
            row("LeadAssignmentService.assignees(LeadDetails)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadAssignmentService.assignees(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadAssignmentService.candidates(AssignmentField, String, int)", INTAKE_COORDINATOR, MANAGER),
            row("LeadAssignmentService.previewMany(List, AssignmentField, String)", MANAGER),
            row("LeadAudience.mayRead(LeadRef, StaffMember)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadAudience.open(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadAudience.openForChange(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadBulkService.close(Collection, String)", INTAKE_COORDINATOR, MANAGER),
            row("LeadBulkService.closeResolutions()", INTAKE_COORDINATOR, MANAGER),
            row("LeadBulkService.planClose(Collection, String)", INTAKE_COORDINATOR, MANAGER),
            row("LeadExportService.export(LeadFilter, Sort, OutputStream)", MANAGER),
            row("LeadExportService.exportSelection(Collection, OutputStream)", MANAGER),
            row("LeadExportService.mayExport()", EVERYONE), // only answers whether to show the Export link
            row("EmergencyAccessService.active(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("EmergencyAccessService.open(String, String)", CLINICIAN, MANAGER),
            row("LeadImportService.guessColumns(ImportFile)", INTAKE_COORDINATOR),
            row("LeadImportService.newLeadStatus()", INTAKE_COORDINATOR),
            row("LeadImportService.importLeads(ImportPreview, boolean, IntConsumer)", INTAKE_COORDINATOR),
            row("LeadImportService.preview(ImportFile, List, ImportOptions)", INTAKE_COORDINATOR),
            row("AppointmentService.modes()", INTAKE_COORDINATOR, MANAGER),
            row("AppointmentService.reschedule(String, AppointmentChange)", INTAKE_COORDINATOR, MANAGER),
            row("AppointmentService.cancel(String, Long)", INTAKE_COORDINATOR, MANAGER),
            row("LeadImportService.read(String, byte[])", INTAKE_COORDINATOR),
            row("LeadImportService.rejectedRows(ImportPreview, boolean)", INTAKE_COORDINATOR),
            row("LeadListOptions.reachableStages()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadListOptions.referrers()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadListOptions.stages()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadListOptions.statuses()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadMergeService.compare(String, String)", INTAKE_COORDINATOR, MANAGER),
            row("LeadMergeService.merge(MergeRequest)", INTAKE_COORDINATOR, MANAGER),
            row("LeadService.mayChange(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadService.conditions()", SIGNED_IN), // the clinic's list of conditions, no patient data
            row("LeadService.count(LeadFilter)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadService.create(LeadForm)", INTAKE_COORDINATOR, MANAGER),
            row("LeadService.createReferrer(String, String)", INTAKE_COORDINATOR, MANAGER),
            row("LeadService.awaitingFirstContact(int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadService.get(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadService.list(LeadFilter, Pageable)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadService.page(LeadFilter, Sort, String, int, int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadService.possibleDuplicates(DuplicateProbe, int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadService.search(LeadFilter, Pageable)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("LeadService.update(String, LeadEdit)", INTAKE_COORDINATOR, MANAGER),
            row("LeadService.conflict(String, LeadForm, LeadEdit)", INTAKE_COORDINATOR, MANAGER),
            row("LeadService.update(String, LeadForm, long)", INTAKE_COORDINATOR, MANAGER),
            row("LeadTimeline.newest(String, int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("SavedViewService.delete(long)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("SavedViewService.get(long)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("SavedViewService.mine()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("SavedViewService.rename(long, String, long)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("SavedViewService.save(String, String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            // reporting
            row("ReportService.defaultFilter()", MANAGER, ADMIN),
            row("ReportService.arrivalStage()", MANAGER, ADMIN),
            row("ReportService.figuresSource()", MANAGER, ADMIN), // the summary or the history: no figure, no name
            row("ReportService.referrers()", MANAGER, ADMIN), // names only to managers; administrators get none
            row("ReportService.export(ReportKind, ReportFilter, Dimension, OutputStream)", MANAGER, ADMIN),
            row("ReportService.maxDays()", MANAGER, ADMIN),
            row("ReportService.mayOpenLeads()", MANAGER, ADMIN),
            row("ReportService.report(ReportKind, ReportFilter, Dimension, boolean)", MANAGER, ADMIN),
            row("ReportService.seesClinicalFigures()", MANAGER, ADMIN), // true for managers only
            // clinic.treatment: clinical content for clinicians only; progress for everyone who may see the lead
            row("InfusionService.addAddendum(String, long, String)", CLINICIAN),
            row("InfusionService.record(String, SessionForm)", CLINICIAN),
            row("InfusionService.session(String, long)", CLINICIAN),
            row("InfusionService.sessions(String)", CLINICIAN),
            row("InfusionService.sign(String, long, long)", CLINICIAN),
            row("InfusionService.staff()", CLINICIAN),
            row("InfusionService.summary(String, long)", CLINICIAN), // the printable summary: clinical, audited
            row("InfusionService.update(String, long, SessionForm, long)", CLINICIAN),
            row("InfusionService.vitalRanges()", CLINICIAN), // the ranges the session form marks readings against
            row("CourseTemplateService.add(TemplateEdit)", ADMIN),
            row("CourseTemplateService.all()", ADMIN),
            row("CourseTemplateService.change(long, TemplateEdit)", ADMIN),
            row("CourseTemplateService.choices()", CLINICIAN, ADMIN), // the templates hold no patient data
            row("CourseTemplateService.setActive(long, boolean)", ADMIN),
            row("MyPatientsService.page(Pageable)", CLINICIAN),
            // booked sessions: dates and attendance (scheduling), for those who arrange them; managers see progress only
            row("SessionScheduleService.add(String, Instant)", INTAKE_COORDINATOR, CLINICIAN),
            row("SessionScheduleService.mark(String, long, SessionState, long)", INTAKE_COORDINATOR, CLINICIAN),
            row("SessionScheduleService.reschedule(String, long, Instant, long)", INTAKE_COORDINATOR, CLINICIAN),
            row("SessionScheduleService.schedule(String)", INTAKE_COORDINATOR, CLINICIAN),
            row("TreatmentOptionService.add(OptionKind, String)", ADMIN),
            row("TreatmentOptionService.all(OptionKind)", ADMIN),
            row("TreatmentOptionService.choices(OptionKind)", CLINICIAN, ADMIN), // the lists hold no patient data
            row("TreatmentOptionService.rename(long, String)", ADMIN),
            row("TreatmentOptionService.setActive(long, boolean)", ADMIN),
            row("TreatmentService.completingSteps()", CLINICIAN),
            row("TreatmentService.course(String)", CLINICIAN),
            row("TreatmentService.progress(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TreatmentService.progressOf(Collection)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TreatmentService.scheduleNext(String, Instant, long)", CLINICIAN),
            row("TreatmentService.start(String, NewCourse)", CLINICIAN),
            row("TreatmentService.startFromTemplate(String, TemplateCourse)", CLINICIAN),
            row("TreatmentService.stop(String, String, long)", CLINICIAN),
            // the clinic's vital-sign ranges: configuration without patient data, changed by administrators
            row("VitalThresholdService.change(String, VitalLimits, long)", ADMIN),
            row("VitalThresholdService.ranges()", CLINICIAN, ADMIN),
            // mail
            row("MailSettingsService.change(boolean, boolean, boolean)", SIGNED_IN), // only the caller's own
            row("MailSettingsService.mine()", SIGNED_IN), // only the caller's own
            row("MailTemplateService.all()", ADMIN),
            row("MailTemplateService.get(MessageKind)", ADMIN),
            row("MailTemplateService.preview(MessageKind, String, String)", ADMIN),
            row("MailTemplateService.reset(MessageKind)", ADMIN),
            row("MailTemplateService.save(MessageKind, String, String)", ADMIN),
            row("OutboxService.count(State)", ADMIN),
            row("OutboxService.list(State, int, int)", ADMIN),
            row("OutboxService.retry(long)", ADMIN),
            // clinic: screening, treatment consent and outcome measures are clinical records (clinicians only);
            // the clinic's checklist and severity bands are configuration (administrators)
            // the inquiry inbox: references, times and error kinds of web inquiries, never their forms
            row("SetAsideInquiryService.count()", INTAKE_COORDINATOR, MANAGER),
            row("SetAsideInquiryService.enter(String, LeadForm)", INTAKE_COORDINATOR, MANAGER),
            row("SetAsideInquiryService.list(int, int)", INTAKE_COORDINATOR, MANAGER),
            row("SetAsideInquiryService.open(String)", INTAKE_COORDINATOR, MANAGER),
            row("WebInquiryService.failed(int, int)", ADMIN),
            row("WebInquiryService.failedCount()", ADMIN),
            row("WebInquiryService.tryAgain(String)", ADMIN),
            row("WebInquiryService.waiting()", ADMIN),
            row("ScreeningService.get(String)", CLINICIAN),
            row("ScreeningService.recordConsent(String, TreatmentConsentInput)", CLINICIAN),
            row("ScreeningService.revise(String)", CLINICIAN),
            row("ScreeningService.saveDraft(String, ScreeningDraft)", CLINICIAN),
            row("ScreeningService.sign(String, ScreeningDraft)", CLINICIAN),
            row("ScreeningChecklistService.add(ChecklistItemEdit)", ADMIN),
            row("ScreeningChecklistService.change(long, ChecklistItemEdit)", ADMIN),
            row("ScreeningChecklistService.items()", ADMIN),
            row("OutcomeService.bands(Instrument)", CLINICIAN),
            row("OutcomeService.history(String)", CLINICIAN),
            row("OutcomeService.latest(Collection)", CLINICIAN),
            row("OutcomeService.record(String, NewMeasure)", CLINICIAN),
            row("OutcomeBandService.all()", ADMIN),
            row("OutcomeBandService.replace(Instrument, List)", ADMIN),
            // notes
            row("NoteService.addAddendum(String, long, String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("NoteService.change(String, long, NoteChange)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("NoteService.count(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("NoteService.list(String, Pageable)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("NoteService.mentionable(String, NoteVisibility, String, int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("NoteService.pinned(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("NoteService.write(String, NewNote)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            // notifications
            row("NotificationService.markAllRead()", SIGNED_IN), // only the caller's own
            row("NotificationService.markRead(long)", SIGNED_IN), // only the caller's own
            row("NotificationService.mine(Pageable)", SIGNED_IN), // only the caller's own
            row("NotificationService.send(NewNotification)", EVERYONE), // other modules' services notify as their caller decides
            row("NotificationService.unreadCount()", SIGNED_IN), // only the caller's own
            // security
            // staff names and roles only, no health data: scheduled jobs and event listeners ask without a user
            row("StaffMailboxes.all()", EVERYONE), // mail jobs: colleagues' work addresses, no user
            row("StaffMailboxes.of(String)", EVERYONE), // mail jobs: a colleague's work address, no user
            row("StaffDirectory.active(String)", EVERYONE), // a name and roles only; jobs check task assignees here
            row("StaffDirectory.withRoles(Role, Role[])", EVERYONE), // names and roles for pickers whose callers check access
            row("AccountDetailsService.loadUserByUsername(String)", EVERYONE), // the sign-in itself
            row("DemoAccounts.credentialsExist()", EVERYONE), // the sign-in page says whether demo accounts are open
            row("DemoAccounts.forget()", EVERYONE), // forgets that answer; changes no data
            row("DemoAccounts.refusal()", EVERYONE), // asked at start-up, before anyone signs in
            row("UserNames.displayNames(Collection)", SIGNED_IN), // colleagues' names, shown wherever work is assigned
            row("ApiTokenService.countMyTokens()", SIGNED_IN),
            row("ApiTokenService.create(NewApiToken)", SIGNED_IN),
            row("ApiTokenService.create(String)", SIGNED_IN),
            row("ApiTokenService.myTokens()", SIGNED_IN),
            row("ApiTokenService.myTokens(Pageable)", SIGNED_IN),
            row("ApiTokenService.revoke(long)", SIGNED_IN),
            row("RoleGrantService.approve(long)", ADMIN),
            row("RoleGrantService.decline(long)", ADMIN),
            row("RoleGrantService.pendingGrants()", ADMIN),
            row("SessionService.endMySession(String)", SIGNED_IN), // only the caller's own sessions
            row("SessionService.mySessions()", SIGNED_IN), // only the caller's own sessions
            // colleagues' names and roles for pickers and timelines, no contact details or patient data
            row("StaffDirectory.active(Set, String, int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("StaffDirectory.find(Collection)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("StaffDirectory.find(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("StaffDirectory.find(String, int)", SIGNED_IN), // colleagues' names for mentions, no account details
            // whoever fills in a user field picks from active users by name; no e-mail or account details
            row("UserDirectory.active(Set, String, int, int)", SIGNED_IN),
            row("UserDirectory.activeWithRole(String, Set)", SIGNED_IN),
            row("TwoFactorService.confirmEnrolment(String, String)", SIGNED_IN), // the caller's own second step
            row("TwoFactorService.reset(long)", ADMIN),
            row("TwoFactorService.startEnrolment()", SIGNED_IN), // the caller's own second step
            row("TwoFactorService.status()", SIGNED_IN), // the caller's own second step
            row("TwoFactorService.turnOff()", SIGNED_IN), // the caller's own, refused where their roles require it
            row("TwoFactorService.verify(String)", SIGNED_IN), // the second step itself: signed in with the password only
            row("UserService.changeOwnPassword(String, String)", SIGNED_IN),
            row("UserService.countUsers(String)", ADMIN),
            row("UserService.createUser(NewUser)", ADMIN),
            row("UserService.deactivate(long)", ADMIN),
            row("UserService.findUsers(String, Pageable)", ADMIN),
            row("UserService.getUser(long)", ADMIN),
            row("UserService.myAccount()", SIGNED_IN),
            row("UserService.reactivate(long)", ADMIN),
            row("UserService.resetPassword(long, String)", ADMIN),
            row("UserService.unlock(long)", ADMIN),
            row("UserService.updateUser(long, UserChanges)", ADMIN),
            // tasks: which leads' tasks is the lead's read rule, applied inside; which tasks a clinician changes is TaskPermissions
            row("Notices.markRead(long)", SIGNED_IN), // one's own notices only
            row("Notices.mine(int)", SIGNED_IN),
            row("Notices.notify(Collection, String, String)", EVERYONE), // the service-level job sends without a user
            row("Notices.unreadCount()", SIGNED_IN),
            row("BusinessHoursService.current()", ADMIN),
            row("BusinessHoursService.save(BusinessHoursSettings)", ADMIN),
            row("TaskService.assignees()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.cancel(long, long)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.complete(long, TaskCompletion)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            // a task another module's rule asks for (a missed session's rebooking call) on a lead the caller may change
            row("TaskService.createFor(String, NewTask, String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.create(String, NewTask)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.forLead(String)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.get(long)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.history(long)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.myCounts()", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.myWork(int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.nextDueTasks(Collection)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.nextDueTasksByKey(Collection)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.reassign(Collection, String)", MANAGER),
            row("TaskService.search(String, DueFilter, Pageable)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.team(String, DueFilter, Pageable)", MANAGER),
            row("TaskService.timeline(String, int)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskService.update(long, TaskEdit)", INTAKE_COORDINATOR, CLINICIAN, MANAGER),
            row("TaskReminders.assignedDueBetween(Instant, Instant, int)", EVERYONE), // mail jobs: reminders to assignees
            row("TaskReminders.countOf(String, Instant, Instant)", EVERYONE), // mail jobs: the digest's counts
            row("TaskReminders.loadByAssignee(Instant)", MANAGER, ADMIN), // the dashboard's workload: counts only
            row("TaskReminders.openOf(String, Instant, Instant, int)", EVERYONE), // mail jobs: the digest to that person
            // webhook
            row("WebhookService.count()", ADMIN),
            row("WebhookService.countDeliveries(long)", ADMIN),
            row("WebhookService.deliveries(long, Pageable)", ADMIN),
            row("WebhookService.eventTypes()", ADMIN),
            row("WebhookService.list(Pageable)", ADMIN),
            row("WebhookService.ping(long)", ADMIN),
            row("WebhookService.register(NewWebhook)", ADMIN),
            row("WebhookService.retry(long)", ADMIN),
            row("WebhookService.rotateSecret(long, long)", ADMIN),
            row("WebhookService.setActive(long, boolean, long)", ADMIN),
            // workflow
            row("WorkflowAdminService.check(WorkflowDefinition)", ADMIN),
            row("WorkflowAdminService.definitions()", ADMIN),
            row("WorkflowAdminService.export(String, int)", ADMIN),
            row("WorkflowAdminService.fields()", ADMIN),
            row("WorkflowAdminService.importDefinition(String)", ADMIN),
            row("WorkflowAdminService.parse(String)", ADMIN),
            row("WorkflowAdminService.publish(String, int, Map)", ADMIN),
            row("WorkflowAdminService.rules()", ADMIN),
            row("WorkflowAdminService.toYaml(WorkflowDefinition)", ADMIN),
            row("WorkflowDefinitions.published(String)", EVERYONE), // definitions hold no patient data; the engine and plugins read them
            row("WorkflowService.recordFieldChangesAs(String, List, String)", EVERYONE), // a plugin's verified public link, no user
            row("WorkflowService.availableTransitions(String)", SIGNED_IN),
            row("WorkflowService.create(NewWorkItem)", SIGNED_IN),
            row("WorkflowService.create(WorkflowPlugin, NewWorkItem, Map)", SIGNED_IN), // only the plugin that reserves the type
            row("WorkflowService.setUserField(String, String, String)", SIGNED_IN), // the item's read rule answers 404
            row("WorkflowService.userFields(String)", SIGNED_IN), // the item's read rule answers 404
            row("WorkflowService.fieldChanges(String, Pageable)", SIGNED_IN),
            row("WorkflowService.fieldChangesNewestFirst(String, Pageable)", SIGNED_IN),
            row("WorkflowService.get(String)", SIGNED_IN),
            row("WorkflowService.getForChange(String)", SIGNED_IN), // the item's read rule answers 404
            row("WorkflowService.mayChange(String)", SIGNED_IN),
            row("WorkflowService.history(String, Pageable)", SIGNED_IN),
            row("WorkflowService.historyNewestFirst(String, Pageable)", SIGNED_IN),
            row("WorkflowService.recordFieldChanges(String, List)", SIGNED_IN),
            row("WorkflowService.readableIds(Collection)", SIGNED_IN),
            row("WorkflowService.readableIdsUnlisted(Collection)", SIGNED_IN),
            row("WorkflowService.readsEveryItem()", SIGNED_IN),
            row("WorkflowService.search(ItemFilter, Pageable)", SIGNED_IN),
            row("WorkflowService.transition(String, TransitionRequest)", SIGNED_IN));

    /** Arguments for the few methods where the harmless defaults (see {@link #harmless}) would do work. */
    static final Map<String, Object[]> ARGUMENTS = Map.of(
            // a filter that matches no lead, so a permitted export writes only a header
            "LeadExportService.export(LeadFilter, Sort, OutputStream)",
            new Object[] {LeadFilter.text("no-such-lead-zz9"), Sort.unsorted(),
                OutputStream.nullOutputStream()},
            // a record no entry names, so a permitted export writes only a header
            "AuditService.export(AuditFilter, OutputStream)",
            new Object[] {AuditFilter.forRecord("NO-SUCH-0"), OutputStream.nullOutputStream()});

    static final long UNKNOWN = Long.MAX_VALUE;

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;

    private final Map<Caller, String> users = new EnumMap<>(Caller.class);

    @BeforeAll
    void oneUserPerCaller() {
        for (Caller caller : Caller.SIGNED_IN) {
            String name = TestAccounts.uniqueName(caller.name().toLowerCase().replace('_', '-'));
            accounts.create(name, caller.role().stream().toArray(Role[]::new));
            users.put(caller, name);
        }
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void everyServiceMethodHasARowAndEveryCallerGetsExactlyItsRow() {
        Map<String, Method> methods = serviceMethods();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Method> entry : methods.entrySet()) {
            String signature = entry.getKey();
            Set<Caller> passed = callersGettingPast(signature, entry.getValue());
            Set<Caller> expected = ROWS.get(signature);
            String observedRow = "row(\"" + signature + "\", " + Caller.asRow(passed) + "),";
            if (expected == null) {
                missing.add(observedRow);
            } else if (!expected.equals(passed)) {
                wrong.add(observedRow + " // but the table says " + Caller.asRow(expected));
            }
        }
        List<String> stale = ROWS.keySet().stream().filter(s -> !methods.containsKey(s)).toList();

        assertThat(missing.isEmpty() && wrong.isEmpty() && stale.isEmpty()).as("""
                Public service methods without a row in MethodSecurityTest.ROWS; add these rows after checking \
                that the callers (as observed now) are the intended ones:
                %s
                Methods whose callers differ from their row (as observed now):
                %s
                Rows for methods that no longer exist (remove them):
                %s
                """, String.join("\n", missing), String.join("\n", wrong), String.join("\n", stale)).isTrue();
    }

    /** Which callers get past method security on the method, calling it once as each. */
    private Set<Caller> callersGettingPast(String signature, Method method) {
        Object bean = context.getBean(method.getDeclaringClass());
        Object[] args = ARGUMENTS.containsKey(signature) ? ARGUMENTS.get(signature)
                : Arrays.stream(method.getParameterTypes()).map(MethodSecurityTest::harmless).toArray();
        Set<Caller> passed = EnumSet.noneOf(Caller.class);
        for (Caller caller : Caller.SIGNED_IN) {
            accounts.signIn(users.get(caller));
            if (!(call(bean, method, args) instanceof AccessDeniedException)) {
                passed.add(caller);
            }
        }
        // Nobody signed in: an anonymous visitor's token, and no authentication at all (a thread of its own)
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        boolean anonymousPassed = !(call(bean, method, args) instanceof AccessDeniedException);
        SecurityContextHolder.clearContext();
        boolean unauthenticatedPassed = !(call(bean, method, args) instanceof AuthenticationCredentialsNotFoundException);
        assertThat(unauthenticatedPassed).as("%s: an anonymous visitor and a call without any authentication "
                + "must be treated alike", signature).isEqualTo(anonymousPassed);
        if (anonymousPassed) {
            passed.add(ANONYMOUS);
        }
        return passed;
    }

    private static Throwable call(Object bean, Method method, Object[] args) {
        try {
            method.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An argument that fails harmlessly after the security check: unknown ids, empty text, no record. */
    static Object harmless(Class<?> type) {
        if (type == String.class) {
            return "";
        } else if (type == long.class || type == Long.class) {
            return UNKNOWN;
        } else if (type == int.class || type == Integer.class) {
            return 0;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == Pageable.class) {
            return PageRequest.of(0, 1);
        } else if (type == Sort.class) {
            return Sort.unsorted();
        } else if (type == OutputStream.class) {
            return OutputStream.nullOutputStream();
        } else if (type == byte[].class) {
            return new byte[0];
        } else if (type == Map.class) {
            return Map.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (List.class.isAssignableFrom(type) || type == Collection.class) {
            return List.of();
        } else if (type == Optional.class) {
            return Optional.empty();
        }
        return null;
    }

    /**
     * Every public instance method of every service bean class: {@code @Service} anywhere under
     * {@code com.pathway}, and other components of a module's top-level package with {@code @PreAuthorize}.
     */
    static Map<String, Method> serviceMethods() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Map<String, Method> methods = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("com.pathway")) {
            Class<?> type = load(definition.getBeanClassName());
            if (!isService(type)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge()) {
                    methods.put(signature(method), method);
                }
            }
        }
        return methods;
    }

    static boolean isService(Class<?> type) {
        if (AnnotatedElementUtils.hasAnnotation(type, Service.class)) {
            return true;
        }
        boolean topLevelOfModule = type.getPackageName().matches("com\\.pathway\\.[a-z]+");
        return topLevelOfModule && (AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(PreAuthorize.class)));
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map.Entry<String, Set<Caller>> row(String signature, Caller... callers) {
        return Map.entry(signature, Caller.setOf(callers));
    }
}
