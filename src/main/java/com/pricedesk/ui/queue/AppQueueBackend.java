package com.pricedesk.ui.queue;

import com.pricedesk.app.queue.ApprovalQueue;
import com.pricedesk.app.queue.EmergencyStop;
import com.pricedesk.app.queue.QueueBoard;
import com.pricedesk.app.queue.SubmissionService;
import com.pricedesk.domain.queue.ChangeState;
import java.util.List;
import java.util.Optional;

/** The tab's backend on the application's services; the audit log names the window's user as actor. */
public final class AppQueueBackend implements QueueBackend {
    private final QueueBoard board;
    private final ApprovalQueue queue;
    private final SubmissionService submission;
    private final EmergencyStop stop;
    private final String actor;

    public AppQueueBackend(QueueBoard board, ApprovalQueue queue, SubmissionService submission, EmergencyStop stop,
                           String actor) {
        this.board = board;
        this.queue = queue;
        this.submission = submission;
        this.stop = stop;
        this.actor = actor;
    }

    /** "window:alice": who acted, as the audit log shows it. */
    public static String windowActor() {
        return "window:" + System.getProperty("user.name", "user");
    }

    @Override
    public QueueBoard.Board board(Optional<ChangeState> state) {
        return board.board(state);
    }

    @Override
    public QueueBoard.Detail detail(long id) {
        return board.detail(id);
    }

    @Override
    public int approve(List<Long> ids) {
        return queue.approve(ids, actor).size();
    }

    @Override
    public int reject(List<Long> ids, String reason) {
        return queue.reject(ids, actor, reason).size();
    }

    @Override
    public SubmissionService.Report submitApproved() {
        return submission.submitApproved();
    }

    @Override
    public void pause() {
        stop.pause(actor);
    }

    @Override
    public void resume() {
        stop.resume(actor);
    }
}
