import AppInventory
import Foundation
import HTTPTypes
import Hummingbird

/// Analyse or plan started from the browser: runs in the background on its own connection
/// (WAL: readers go on reading the previous results), with its progress kept for the page.
final class JobBoard: @unchecked Sendable {
    struct Job: Sendable {
        var kind: String
        var startedBy: String
        var startedAt: Date
        var progress: String
        var finished: Bool
        var failed: Bool
        /// A finished plan's number, platforms and seconds, told in the reader's language.
        var plan: (id: Int64, platforms: Int, seconds: Double)?
    }

    let path: String
    private var current: Job?
    private let lock = NSLock()

    init(path: String) { self.path = path }

    var job: Job? { lock.withLock { current } }

    /// Starts `kind` ("analyze" or "plan") unless a job is running; false when one is.
    func start(_ kind: String, by user: String) -> Bool {
        let started: Bool = lock.withLock {
            if let current, !current.finished { return false }
            current = Job(kind: kind, startedBy: user, startedAt: Date(), progress: "…", finished: false, failed: false)
            return true
        }
        guard started else { return false }
        let path = path
        DispatchQueue.global().async { [self] in
            let progress: OverlapEngine.Progress = { [self] phase, done, total in
                update("\(phase) \(done)/\(total)", finished: false, failed: false)
            }
            do {
                let db = try InventoryDatabase(path: path, access: .write)
                if kind == "analyze" {
                    update(try AnalysisWorkflow.runUnlessCurrent(db, progress: progress).text(.en), finished: true, failed: false)
                } else {
                    let result = try PlanWorkflow.run(db, parameters: PlanParameters(), progress: progress) { [self] in update($0, finished: false, failed: false) }
                    lock.withLock { current?.plan = (result.planID, result.plan.platforms.count, result.seconds) }
                    update("", finished: true, failed: false)
                }
            } catch {
                update("\(error)", finished: true, failed: true)
            }
        }
        return true
    }

    private func update(_ progress: String, finished: Bool, failed: Bool) {
        lock.withLock {
            current?.progress = progress
            current?.finished = finished
            current?.failed = failed
        }
    }
}

/// `/jobs` (planners and admins): start an analysis or a plan and follow it. Planners may re-plan
/// so a team without an admin at hand still sees what its decisions do.
struct JobPages {
    let workspace: Workspace

    func add(to router: Router<WorkspaceContext>) {
        router.get("/jobs") { request, context in
            try Workspace.require(.planner, context)
            return page(request, context, notice: workspace.notices.notice(request, user: context.session?.user))
        }
        router.post("/jobs") { request, context in
            try Workspace.require(.planner, context)
            guard let kind = context.form?.value("kind"), ["analyze", "plan"].contains(kind) else { throw HTTPError(.badRequest) }
            let user = context.session?.user ?? ""
            guard workspace.jobs.start(kind, by: user) else {
                let layout = workspace.layout(request, context)
                return workspace.notices.redirect(to: "/jobs", user: user, layout.language.pick(en: "A job is still running; start another once it has finished.",
                                                                                                id: "Sebuah proses masih berjalan; tunggu hingga selesai lalu mulai lagi."), isError: true)
            }
            return Response.redirect(to: "/jobs")
        }
    }

    /// What the job did, in the page's language when it is a plan.
    static func outcome(_ job: JobBoard.Job, _ layout: PageLayout) -> String {
        guard let plan = job.plan else { return job.progress }
        let seconds = String(format: "%.1f", plan.seconds)
        return layout.language.pick(en: "plan #\(plan.id): \(plan.platforms) platforms (\(seconds) s)",
                                    id: "rencana #\(plan.id): \(plan.platforms) platform (\(seconds.replacingOccurrences(of: ".", with: ",")) detik)")
    }

    func page(_ request: Request, _ context: WorkspaceContext, notice: (String, Bool)?) -> Response {
        let layout = workspace.layout(request, context)
        let job = workspace.jobs.job
        let running = job.map { !$0.finished } ?? false
        let status: HTML = job.map { job in
            """
            <p class="\(job.failed ? "error" : job.finished ? "ok" : "running")">\(job.kind == "plan" ? layout.language.pick(en: "plan", id: "rencana") : layout.language.pick(en: "analysis", id: "analisis")) · \
            \(job.startedBy) · \(layout.timestamp(ISO8601DateFormatter().string(from: job.startedAt))): \(Self.outcome(job, layout))</p>
            """
        } ?? layout.notice(layout.language.pick(en: "No job yet.", id: "Belum ada proses."), kind: "empty")
        var response = layout.page(layout.language.pick(en: "Jobs", id: "Proses"), """
            \(notice.map { layout.notice($0.0, kind: $0.1 ? "error" : "ok") } ?? "")
            \(status)
            <form method="post" action="/jobs" class="inline">\(layout.csrfField)<input type="hidden" name="kind" value="analyze">\
            <button type="submit"\(running ? HTML(raw: " disabled") : "")>\(layout.language.pick(en: "Run the analysis", id: "Jalankan analisis"))</button></form>
            <form method="post" action="/jobs" class="inline">\(layout.csrfField)<input type="hidden" name="kind" value="plan">\
            <button type="submit"\(running ? HTML(raw: " disabled") : "")>\(layout.language.pick(en: "Make the plan", id: "Susun rencana"))</button></form>
            """)
        // Without JavaScript the page follows a running job by reloading itself.
        if running { response.headers[HTTPField.Name("Refresh")!] = "2" }
        return response
    }
}
