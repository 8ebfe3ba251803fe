package com.pricedesk.ui.queue;

import com.pricedesk.app.queue.QueueBoard;
import com.pricedesk.app.queue.SubmissionService;
import com.pricedesk.domain.queue.ChangeState;
import java.util.List;
import java.util.Optional;

/** What the Price changes tab asks of the application; every call runs off the FX thread. */
public interface QueueBackend {
    QueueBoard.Board board(Optional<ChangeState> state);

    QueueBoard.Detail detail(long id);

    /** Approves all of the changes or none; returns how many. */
    int approve(List<Long> ids);

    /** Rejects all of the changes or none, with the seller's reason (may be blank); returns how many. */
    int reject(List<Long> ids, String reason);

    SubmissionService.Report submitApproved();

    void pause();

    void resume();
}
