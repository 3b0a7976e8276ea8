-- What a trainee sees after a quiz attempt that did not pass while they have tries left, as the
-- course's tutor chooses (quiz-feedback in course.yaml): AFTER_PASS (which questions were right;
-- answers and explanations once passed, the default), ALWAYS, or SCORE_ONLY. Every version made
-- before takes the default: explanations after a failed attempt gave the answers away.
alter table course_version add column quiz_feedback varchar(12) not null default 'AFTER_PASS'
    check (quiz_feedback in ('AFTER_PASS', 'ALWAYS', 'SCORE_ONLY'));
