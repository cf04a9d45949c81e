package com.pathway.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.pathway.clinic.EmailConsentService;
import com.pathway.mail.internal.MailDelivery;
import com.pathway.mail.internal.Mailer;
import com.pathway.mail.internal.Outbox;
import com.pathway.support.MovingClock;
import com.pathway.workflow.WorkflowTest;

/**
 * The outbox against a real SMTP server (GreenMail): a message is sent once when the server answers, once
 * after the server was down for a while, once when two nodes race for it, and once when a node dies while
 * holding it. Each "node" is a {@link MailDelivery} with its own name and a clock the test moves.
 */
@WorkflowTest
class MailDeliveryTest {

    @Autowired
    Outbox outbox;

    @Autowired
    Mailer mailer;

    @Autowired
    EmailConsentService consent;

    @Autowired
    TransactionTemplate transactions;

    private final int port = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    // Ahead of the app's clock, which stamps a new message due at once; set once the application has started
    // (a slow start would otherwise leave it behind).
    private final MovingClock clock = new MovingClock(Instant.EPOCH);

    @BeforeEach
    void startClock() {
        clock.set(Instant.now().plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void sendsAWaitingMessageOnceWithItsOwnMessageId() throws Exception {
        smtp.start();
        String to = address();
        writeStaffMessage("normal-" + to, to);
        MailDelivery node = node("a");

        node.deliverDue();
        node.deliverDue();

        List<MimeMessage> got = receivedBy(to);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).getSubject()).isEqualTo("Call for PW-1 is due at Tue Dec 9, 10:00");
        assertThat(got.get(0).getMessageID()).matches("<pathway-outbox-\\d+@pathway.invalid>");
        assertThat(status(to)).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void aServerThatIsDownFirstGetsTheMessageExactlyOnceWhenItComesBack() throws Exception {
        String to = address();
        writeStaffMessage("down-" + to, to);
        MailDelivery node = node("a");

        assertThat(node.deliverDue()).isZero(); // nobody listens on the port yet
        Outbox.Message failed = message(to);
        assertThat(failed.status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();

        smtp.start();
        node.deliverDue(); // the pause after the first failure has not passed: nothing is tried
        assertThat(receivedBy(to)).isEmpty();

        clock.move(Duration.ofMinutes(1));
        node.deliverDue();
        clock.move(Duration.ofMinutes(10));
        node.deliverDue();

        assertThat(receivedBy(to)).hasSize(1);
        assertThat(message(to).attempts()).isEqualTo(2);
        assertThat(status(to)).isEqualTo(Outbox.Status.SENT);
    }

    @Test
    void aMessageIsGivenUpAfterItsAttemptsWithPausesThatDouble() {
        String to = address();
        writeStaffMessage("give-up-" + to, to);
        MailDelivery node = node("a");
        node.deliverDue();
        clock.move(Duration.ofMinutes(1));
        node.deliverDue();
        clock.move(Duration.ofMinutes(1));
        node.deliverDue(); // the second pause is two minutes: not yet
        assertThat(message(to).attempts()).isEqualTo(2);
        clock.move(Duration.ofMinutes(1));
        node.deliverDue();

        assertThat(message(to).attempts()).isEqualTo(3);
        assertThat(status(to)).isEqualTo(Outbox.Status.FAILED);
    }

    @Test
    void twoSchedulersRacingForTheSameReminderSendItOnce() throws Exception {
        smtp.start();
        String to = address();
        String dedupe = "reminder:race:" + to;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> writes = Arrays.asList(pool.submit(() -> racingWrite(start, dedupe, to)),
                    pool.submit(() -> racingWrite(start, dedupe, to)));
            start.countDown();
            int written = writes.get(0).get(30, TimeUnit.SECONDS) + writes.get(1).get(30, TimeUnit.SECONDS);
            assertThat(written).isEqualTo(1);

            MailDelivery a = node("a");
            MailDelivery b = node("b");
            CountDownLatch go = new CountDownLatch(1);
            Future<Integer> sentByA = pool.submit(() -> {
                go.await();
                return a.deliverDue();
            });
            Future<Integer> sentByB = pool.submit(() -> {
                go.await();
                return b.deliverDue();
            });
            go.countDown();
            sentByA.get(30, TimeUnit.SECONDS);
            sentByB.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(receivedBy(to)).hasSize(1);
    }

    @Test
    void aNodeThatDiesHoldingAMessageLeavesItToAnotherOnceItsClaimRunsOut() throws Exception {
        smtp.start();
        String to = address();
        writeStaffMessage("restart-" + to, to);
        long id = message(to).id();
        // Node a takes the message and dies before it talks to the server.
        assertThat(outbox.claim(id, "a", clock.instant(), clock.instant().plus(Duration.ofMinutes(2)))).isTrue();

        MailDelivery b = node("b"); // the app after its restart, under another name
        b.deliverDue();
        assertThat(receivedBy(to)).isEmpty(); // a's claim still stands

        clock.move(Duration.ofMinutes(3));
        b.deliverDue();
        b.deliverDue();
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(status(to)).isEqualTo(Outbox.Status.SENT);
        // Should node a wake up and report, its claim is gone: nothing changes.
        assertThat(outbox.sent(id, "a", clock.instant())).isFalse();
    }

    private int racingWrite(CountDownLatch start, String dedupe, String to) throws InterruptedException {
        start.await();
        try {
            Boolean wrote = transactions.execute(s -> write(dedupe, to));
            return Boolean.TRUE.equals(wrote) ? 1 : 0;
        } catch (DuplicateKeyException e) {
            return 0; // the job does the same: the other scheduler wrote it
        }
    }

    private void writeStaffMessage(String dedupe, String to) {
        Boolean wrote = transactions.execute(s -> write(dedupe, to));
        assertThat(wrote).isTrue();
    }

    private boolean write(String dedupe, String to) {
        return mailer.write(MessageKind.TASK_DUE, dedupe, to, "dana", null, "PW-1", Map.of("name", "Dana",
                "task", "Call", "dueAt", "Tue Dec 9, 10:00", "leadKey", "PW-1", "link", "http://localhost/leads/PW-1"));
    }

    private MailDelivery node(String name) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        MailProperties properties = new MailProperties("no-reply@pathway.invalid", "http://localhost/", true, true,
                500, 3, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(2), LocalTime.of(7, 0),
                Duration.ofHours(1), LocalTime.of(9, 0), Duration.ofMinutes(1));
        return new MailDelivery(outbox, beans.getBeanProvider(JavaMailSender.class), consent, properties, clock,
                name + "-" + UUID.randomUUID());
    }

    private List<MimeMessage> receivedBy(String to) throws MessagingException {
        List<MimeMessage> mine = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to))) {
                mine.add(m);
            }
        }
        return mine;
    }

    private Outbox.Message message(String to) {
        return outbox.latest(500).stream().filter(m -> m.recipient().equals(to)).findFirst().orElseThrow();
    }

    private Outbox.Status status(String to) {
        return message(to).status();
    }

    private static String address() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
