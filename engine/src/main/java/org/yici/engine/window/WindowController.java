package org.yici.engine.window;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yici.engine.audit.AuditTrail;
import org.yici.engine.check.CheckResult;
import org.yici.engine.check.CheckService;
import org.yici.engine.deferral.Deferral;
import org.yici.engine.deferral.DeferralService;
import org.yici.engine.matter.MatterViews;
import org.yici.ingest.IngestRequest;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.InvalidRequestException;
import org.yici.rules.model.Form;

/** The staff window: find a matter, tick what the applicant brought, check, print, follow up. */
@Controller
@RequestMapping("/window")
class WindowController {
    private final CheckPages pages;
    private final CheckService checks;
    private final DeferralService deferrals;
    private final StaffUsers staff;
    private final ReuseOffers reuseOffers;
    private final Clock clock;

    WindowController(
            CheckPages pages,
            CheckService checks,
            DeferralService deferrals,
            StaffUsers staff,
            ReuseOffers reuseOffers,
            Clock clock) {
        this.pages = pages;
        this.reuseOffers = reuseOffers;
        this.checks = checks;
        this.deferrals = deferrals;
        this.staff = staff;
        this.clock = clock;
    }

    @ModelAttribute("staff")
    StaffUsers.Staff staff(Principal principal) {
        if (principal == null) {
            return null;
        }
        return staff.find(principal.getName())
                .orElse(new StaffUsers.Staff(principal.getName(), principal.getName(), null));
    }

    @ModelAttribute("forms")
    Form[] forms() {
        return Form.values();
    }

    @GetMapping({"", "/"})
    String index(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("matters", pages.search(q));
        return "window/index";
    }

    /** Re-open a check by its number. */
    @GetMapping("/checks")
    String reopen(@RequestParam(required = false) String id) {
        if (id == null || id.isBlank()) {
            return "redirect:/window";
        }
        return "redirect:/window/checks/" + id.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @GetMapping("/matters/{code}")
    String matter(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        var checklist = pages.checklist(code);
        if (checklist.isEmpty()) {
            return missing(model, response, "window.missing.matter", code);
        }
        CheckForm form = params.isEmpty() ? CheckForm.empty() : CheckForm.from(params);
        return checkPage(model, checklist.get(), form, null, List.of(), List.of());
    }

    /** Without script: the same page again, its checklist following the answers given. */
    @PostMapping("/matters/{code}")
    String refresh(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        return matter(code, params, model, response);
    }

    /** The codes of the materials the answers so far call for (the page's script hides the rest). */
    @GetMapping(path = "/matters/{code}/applicable", produces = "application/json")
    @ResponseBody
    Set<String> applicable(@PathVariable String code, @RequestParam MultiValueMap<String, String> params) {
        var checklist = pages.checklist(code)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
        return pages.applicable(checklist, CheckForm.from(params), today());
    }

    @PostMapping("/matters/{code}/checks")
    String check(
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params,
            Principal principal,
            HttpServletRequest http,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var checklist = pages.checklist(code);
        if (checklist.isEmpty()) {
            return missing(model, response, "window.missing.matter", code);
        }
        Map<String, MultipartFile> uploads = uploads(http);
        Map<String, String> fileNames = new LinkedHashMap<>();
        uploads.forEach((material, file) -> fileNames.put(material, fileName(file)));
        CheckForm form = CheckForm.from(params, fileNames);
        CheckRequest request = form.toRequest(code, today(), pages.defaultApplicantType(checklist.get()));
        AuditTrail.Actor actor = new AuditTrail.Actor(principal.getName(), http.getRemoteAddr());
        try {
            Map<String, IngestRequest> files = new LinkedHashMap<>();
            for (Map.Entry<String, MultipartFile> upload : uploads.entrySet()) {
                files.put(
                        CheckForm.materialId(upload.getKey()),
                        new IngestRequest(
                                fileName(upload.getValue()), upload.getValue().getBytes()));
            }
            int stacks = 0;
            for (MultipartFile stack : stackUploads(http)) {
                // Files no material names are stacks: the check cuts them into documents.
                files.put("stack-" + ++stacks, new IngestRequest(fileName(stack), stack.getBytes()));
            }
            CheckResult result;
            try {
                result = checks.checkOnce(request, form.idempotencyKey(), actor, files)
                        .result();
            } catch (CheckService.IdempotencyKeyReusedException e) {
                // The page was changed and sent again (e.g. after going back): a new check.
                result = checks.checkOnce(request, null, actor, files).result();
            }
            String checkId = result.checkId();
            staff.find(principal.getName()).ifPresent(s -> deferrals.assignOffice(checkId, s.office()));
            return "redirect:/window/checks/" + result.checkId();
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            List<String> problems = e.problems().stream()
                    .map(InvalidRequestException.Problem::message)
                    .toList();
            return checkPage(model, checklist.get(), form, null, problems, List.of());
        }
    }

    /** The whole-stack scans sent with the form ("整套扫描"), in order (empty inputs left out). */
    private static List<MultipartFile> stackUploads(HttpServletRequest http) {
        if (http instanceof MultipartHttpServletRequest multipart) {
            return multipart.getMultiFileMap().getOrDefault("stack", List.of()).stream()
                    .filter(f -> !f.isEmpty())
                    .toList();
        }
        return List.of();
    }

    /** The scans and electronic files sent with the form, by material code (empty inputs left out). */
    private static Map<String, MultipartFile> uploads(HttpServletRequest http) {
        Map<String, MultipartFile> uploads = new LinkedHashMap<>();
        if (http instanceof MultipartHttpServletRequest multipart) {
            multipart.getFileMap().forEach((name, file) -> {
                if (name.startsWith(CheckForm.FILE_PREFIX) && !file.isEmpty()) {
                    uploads.put(name.substring(CheckForm.FILE_PREFIX.length()), file);
                }
            });
        }
        return uploads;
    }

    private static String fileName(MultipartFile file) {
        String name = org.yici.engine.storage.UploadNames.clean(file.getOriginalFilename());
        return name == null ? file.getName() : name;
    }

    @GetMapping("/checks/{id}")
    String result(@PathVariable String id, Model model, HttpServletResponse response) {
        var result = checks.find(id);
        if (result.isEmpty()) {
            return missing(model, response, "window.missing.check", id);
        }
        var checklist = pages.checklist(result.get().matter());
        if (checklist.isEmpty()) {
            return missing(
                    model, response, "window.missing.matter", result.get().matter());
        }
        CheckForm form = CheckForm.of(checks.requestOf(id));
        return checkPage(model, checklist.get(), form, result.get(), List.of(), deferrals.ofCheck(id));
    }

    /**
     * The deferrals staff follow up: by default the overdue ones of their own office; {@code
     * all=true} shows every office's (and those opened through the API).
     */
    @GetMapping("/deferrals")
    String deferrals(
            @RequestParam(required = false) Deferral.Status status,
            @RequestParam(required = false) String checkId,
            @RequestParam(defaultValue = "false") boolean all,
            Principal principal,
            Model model) {
        StaffUsers.Staff me =
                principal == null ? null : staff.find(principal.getName()).orElse(null);
        Deferral.Status shown = status == null && checkId == null ? Deferral.Status.OVERDUE : status;
        String office = me == null || me.office() == null || me.office().isBlank() ? null : me.office();
        boolean everyOffice = all || office == null;
        model.addAttribute("status", shown);
        model.addAttribute("checkId", checkId);
        model.addAttribute("statuses", Deferral.Status.values());
        model.addAttribute("office", office);
        model.addAttribute("all", everyOffice);
        List<Deferral> shownDeferrals = checkId != null
                ? deferrals.ofCheck(checkId)
                : everyOffice ? deferrals.list(shown) : deferrals.list(shown, office);
        model.addAttribute("deferrals", shownDeferrals);
        model.addAttribute("requiredForms", pages.requiredForms(shownDeferrals));
        return "window/deferrals";
    }

    @PostMapping("/deferrals/{id}/supplements")
    String supplement(
            @PathVariable String id,
            @RequestParam(required = false) Form form,
            @RequestParam(required = false) Integer copies,
            @RequestParam(required = false) String back,
            Principal principal,
            HttpServletRequest http,
            RedirectAttributes flash) {
        AuditTrail.Actor actor = new AuditTrail.Actor(principal.getName(), http.getRemoteAddr());
        try {
            Deferral d = deferrals.get(id);
            var outcome = deferrals.supplement(
                    id,
                    checks.requestOf(d.checkId()),
                    new CheckRequest.Material(null, d.material(), form, copies == null ? 1 : copies, null, null),
                    actor);
            flash.addFlashAttribute("supplemented", outcome);
        } catch (DeferralService.DeferralNotFoundException | DeferralService.DeferralConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + (back != null && back.startsWith("/window/") ? back : "/window/deferrals");
    }

    private String checkPage(
            Model model,
            MatterViews.Checklist checklist,
            CheckForm form,
            CheckResult result,
            List<String> problems,
            List<Deferral> deferralsOfCheck) {
        model.addAttribute("page", pages.page(checklist, form, result, problems, deferralsOfCheck, today()));
        model.addAttribute(
                "reuseOffers",
                reuseOffers.of(
                        form.toRequest(checklist.code(), today(), pages.defaultApplicantType(checklist)),
                        form,
                        result == null ? null : result.checkId()));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "window/check";
    }

    private static String missing(Model model, HttpServletResponse response, String messageKey, String what) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("what", what);
        return "window/missing";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
