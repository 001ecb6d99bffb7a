using System.Net;

namespace Federation.IntegrationTests.Security;

/// <summary>
/// Who may call which endpoint. Every caller belongs to branch A. A cell reads "own|other":
/// the answer for a record of branch A, then for a record of branch B or of the root; a
/// single value stands for both.
/// <list type="bullet">
/// <item><c>allow</c>: the endpoint's success status (column <c>ok</c>); a list shows the record.</item>
/// <item><c>401</c>: not signed in.</item>
/// <item><c>403</c> as the own value: the caller lacks the permission in <c>needs</c>, named as <c>missingPermission</c>.</item>
/// <item><c>403</c> as the other value: naming the other organisation in the body is refused, naming the field.</item>
/// <item><c>404</c>: the other organisation's record is hidden; changing it is as impossible as reading it.</item>
/// <item><c>hidden</c>: a list filtered to the other organisation does not show its record.</item>
/// <item><c>root</c>: a whole-platform operation (backups, rebuilds): 403 for a branch's holder of the permission, allowed only in the top-level organisation.</item>
/// <item><c>400</c>: the body refers to the other organisation's record (a user, an enterprise), refused as unknown, naming the field.</item>
/// </list>
/// A refusal that names a field (<c>400</c>, or <c>403</c> as the other value) expects the subject's usual field
/// (<see cref="MatrixRequests.RefusedField"/>: organisationId, enterpriseId …) unless the cell names another after a
/// colon: <c>allow|400:ids</c> is a bulk change refused whole, naming the selection <c>ids</c> that holds the other's record.
/// Subject says which kind of record the path's id or the body's organisation refers to; "-"
/// means the endpoint is not scoped by organisation.
/// </summary>
internal static class PermissionMatrix
{
    private const string Table = """
        # method path                                           subject       needs             ok   admin         leadership    investment    branch        integrator    anonymous
        POST   api/auth/sign-in                                 -             -                 200  allow         allow         allow         allow         allow         allow
        POST   api/auth/sign-out                                -             -                 204  allow         allow         allow         allow         allow         401
        GET    api/auth/me                                      -             -                 200  allow         allow         allow         allow         allow         401
        POST   api/auth/password                                -             -                 204  allow         allow         allow         allow         allow         401
        GET    api/auth/sessions                                -             -                 200  allow         allow         allow         allow         allow         401
        # Only one's own sessions can be ended: an id of nobody's session stands for another user's (SessionTests end real ones).
        DELETE api/auth/sessions/{id:guid}                      -             -                 404  allow         allow         allow         allow         allow         401

        GET    api/admin/users                                  user          platform.admin    200  allow|hidden  403           403           403           403           401
        GET    api/admin/users/{id:guid}                        user          platform.admin    200  allow|404     403           403           403           403           401
        POST   api/admin/users                                  user          platform.admin    201  allow|403     403           403           403           403           401
        PUT    api/admin/users/{id:guid}                        user          platform.admin    200  allow|404     403           403           403           403           401
        POST   api/admin/users/{id:guid}/password-reset         user          platform.admin    200  allow|404     403           403           403           403           401
        # The matrix's users never await approval, so the admin's own is refused as a rule (SingleSignOnTests approve a real one).
        POST   api/admin/users/{id:guid}/approval               user          platform.admin    409  allow|404     403           403           403           403           401
        GET    api/admin/users/{id:guid}/sessions               user          platform.admin    200  allow|404     403           403           403           403           401
        DELETE api/admin/users/{id:guid}/sessions               user          platform.admin    200  allow|404     403           403           403           403           401
        GET    api/admin/roles                                  -             platform.admin    200  allow         403           403           403           403           401
        GET    api/admin/modules                                -             platform.admin    200  allow         403           403           403           403           401
        GET    api/admin/backups                                -             platform.admin    200  root          403           403           403           403           401
        POST   api/admin/backups                                -             platform.admin    201  root          403           403           403           403           401
        # Audit entries carry the owning organisation: a branch admin reads its subtree's entries only (AuditScopeTests).
        GET    api/scorecard/{year:int}                         -             scorecard.read    200  allow         allow         allow         allow         allow         401
        GET    api/scorecard/years/{year:int}/export.xlsx       -             scorecard.read    200  allow         allow         allow         allow         allow         401
        GET    api/scorecard/years/{year:int}/report.docx       -             scorecard.read    200  allow         allow         allow         allow         allow         401
        GET    api/scorecard/years/{year:int}/funnel            -             scorecard.read    200  allow         allow         allow         allow         allow         401
        GET    api/scorecard                                    -             scorecard.read    200  allow         allow         allow         allow         allow         401
        GET    api/scorecard/export.xlsx                        -             scorecard.read    200  allow         allow         allow         allow         allow         401
        POST   api/scorecard/rebuild                            -             scorecard.configure 200 root        403           403           403           403           401
        GET    api/scorecard/programmes                         programme     scorecard.read    200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/scorecard/programmes/{id:guid}               programme     scorecard.read    200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/scorecard/programmes                         programme     scorecard.configure 201 allow|403  403           403           403           403           401
        PUT    api/scorecard/programmes/{id:guid}               programme     scorecard.configure 200 allow|404  403           403           403           403           401
        DELETE api/scorecard/programmes/{id:guid}               programme     scorecard.configure 204 allow|404  403           403           403           403           401
        GET    api/admin/audit                                  -             platform.audit    200  allow         403           403           403           403           401
        # Like the audit log, the personal-data access log shows a branch's admin its own subtree's records only (PersonalDataLogTests).
        GET    api/admin/personal-data-access                   -             platform.audit    200  allow         403           403           403           403           401
        GET    api/admin/sign-ins                               -             platform.audit    200  allow         403           403           403           403           401
        GET    api/admin/organisations                          organisation  -                 200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        POST   api/admin/organisations                          organisation  platform.admin    201  allow|403     403           403           403           403           401
        PUT    api/admin/organisations/{id:guid}                organisation  platform.admin    200  allow|404     403           403           403           403           401
        # Towns and areas are the whole city's, no organisation's. A town or area id of nothing stands for one (ok = 404):
        # the permission is checked before the record is looked for (PlaceTests change real ones).
        GET    api/admin/places                                 -             platform.admin    200  allow         403           403           403           403           401
        POST   api/admin/places/towns                           -             platform.admin    201  allow         403           403           403           403           401
        PUT    api/admin/places/towns/{id:guid}                 -             platform.admin    404  allow         403           403           403           403           401
        DELETE api/admin/places/towns/{id:guid}                 -             platform.admin    404  allow         403           403           403           403           401
        POST   api/admin/places/towns/{id:guid}/areas           -             platform.admin    404  allow         403           403           403           403           401
        PUT    api/admin/places/towns/{id:guid}/areas/{areaId:guid} -         platform.admin    404  allow         403           403           403           403           401
        DELETE api/admin/places/towns/{id:guid}/areas/{areaId:guid} -         platform.admin    404  allow         403           403           403           403           401
        GET    api/places                                       -             -                 200  allow         allow         allow         allow         allow         401
        # Departments are kept per organisation (DepartmentTests); a department id of nothing stands for one (ok = 404).
        GET    api/admin/departments                            -             platform.admin    200  allow         403           403           403           403           401
        GET    api/admin/departments/{id:guid}                  -             platform.admin    404  allow         403           403           403           403           401
        POST   api/admin/departments                            -             platform.admin    201  allow         403           403           403           403           401
        PUT    api/admin/departments/{id:guid}                  -             platform.admin    404  allow         403           403           403           403           401
        DELETE api/admin/departments/{id:guid}                  -             platform.admin    404  allow         403           403           403           403           401
        GET    api/departments                                  -             -                 200  allow         allow         allow         allow         allow         401
        GET    api/admin/tokens                                 token         platform.admin    200  allow|hidden  403           403           403           403           401
        POST   api/admin/tokens                                 token         platform.admin    201  allow|400     403           403           403           403           401
        DELETE api/admin/tokens/{id:guid}                       token         platform.admin    204  allow|404     403           403           403           403           401
        # Webhooks: a subscription is made in the caller's organisation; ids of no subscription answer 404 (WebhookDeliveryTests check scoping on real ones).
        GET    api/admin/webhooks/event-types                   -             platform.webhooks 200  allow         403           403           403           403           401
        GET    api/admin/webhooks                               -             platform.webhooks 200  allow         403           403           403           403           401
        POST   api/admin/webhooks                               -             platform.webhooks 201  allow         403           403           403           403           401
        GET    api/admin/webhooks/{id:guid}                     -             platform.webhooks 404  allow         403           403           403           403           401
        PUT    api/admin/webhooks/{id:guid}                     -             platform.webhooks 404  allow         403           403           403           403           401
        DELETE api/admin/webhooks/{id:guid}                     -             platform.webhooks 404  allow         403           403           403           403           401
        POST   api/admin/webhooks/{id:guid}/pause               -             platform.webhooks 404  allow         403           403           403           403           401
        POST   api/admin/webhooks/{id:guid}/resume              -             platform.webhooks 404  allow         403           403           403           403           401
        GET    api/admin/webhooks/{id:guid}/deliveries          -             platform.webhooks 404  allow         403           403           403           403           401
        POST   api/admin/webhooks/{id:guid}/deliveries/{deliveryId:guid}/replay -  platform.webhooks 404  allow     403           403           403           403           401
        GET    api/admin/recycle-bin                            -             platform.admin    200  allow         403           403           403           403           401
        # A person's PIPL requests: the lookup and the register read the admin's scope only; a person nobody holds is 404 (SubjectRequestTests hold the scope).
        GET    api/admin/personal-data/people                   -             platform.personal-data-requests 200 allow 403   403           403           403           401
        POST   api/admin/personal-data/exports                  -             platform.personal-data-requests 404 allow 403   403           403           403           401
        POST   api/admin/personal-data/erasures                 -             platform.personal-data-requests 404 allow 403   403           403           403           401
        GET    api/admin/personal-data/erasures                 -             platform.personal-data-requests 200 allow 403   403           403           403           401
        POST   api/admin/recycle-bin/{id:guid}/restore          -             platform.admin    404  allow         403           403           403           403           401

        GET    api/investment/events                            event         investment.read   200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/investment/events/{id:guid}                  event         investment.read   200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/investment/events                            event         investment.write  201  allow|403     403           allow|403     allow|403     allow|403     401
        PUT    api/investment/events/{id:guid}                  event         investment.write  200  allow|404     403           allow|404     allow|404     allow|404     401
        DELETE api/investment/events/{id:guid}                  event         investment.write  204  allow|404     403           allow|404     allow|404     allow|404     401

        GET    api/investment/projects                          project       investment.read   200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/investment/projects/board                    project       investment.read   200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/investment/projects/{id:guid}                project       investment.read   200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/investment/projects                          project       investment.write  201  allow|403     403           allow|403     allow|403     allow|403     401
        PUT    api/investment/projects/{id:guid}                project       investment.write  200  allow|404     403           allow|404     allow|404     allow|404     401
        POST   api/investment/projects/{id:guid}/stage          project       investment.write  200  allow|404     403           allow|404     allow|404     allow|404     401
        POST   api/investment/projects/{id:guid}/stage/revert   project       investment.write  200  allow|404     403           allow|404     allow|404     allow|404     401
        POST   api/investment/projects/{id:guid}/follow-ups     project       investment.write  200  allow|404     403           allow|404     allow|404     allow|404     401
        DELETE api/investment/projects/{id:guid}                project       investment.write  204  allow|404     403           allow|404     allow|404     allow|404     401
        # A bulk change names its rows in the body: one the caller cannot see refuses the whole change as a bad reference.
        POST   api/investment/projects/bulk                     project       investment.write  200  allow|400:ids 403           allow|400:ids allow|400:ids allow|400:ids 401

        GET    api/investment/credit-lines                      credit-line   investment.read   200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/investment/credit-lines/{id:guid}            credit-line   investment.read   200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/investment/credit-lines                      credit-line   investment.write  201  allow|403     403           allow|403     allow|403     allow|403     401
        PUT    api/investment/credit-lines/{id:guid}            credit-line   investment.write  200  allow|404     403           allow|404     allow|404     allow|404     401
        DELETE api/investment/credit-lines/{id:guid}            credit-line   investment.write  204  allow|404     403           allow|404     allow|404     allow|404     401
        GET    api/investment/outcomes                          outcome       investment.read   200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/investment/outcomes/{id:guid}                outcome       investment.read   200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/investment/outcomes                          outcome       investment.write  201  allow|403     403           allow|403     allow|403     allow|403     401
        PUT    api/investment/outcomes/{id:guid}                outcome       investment.write  200  allow|404     403           allow|404     allow|404     allow|404     401
        DELETE api/investment/outcomes/{id:guid}                outcome       investment.write  204  allow|404     403           allow|404     allow|404     allow|404     401

        GET    api/talent/events                                talent-event  talent.read       200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/talent/events/{id:guid}                      talent-event  talent.read       200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/talent/events                                talent-event  talent.write      201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/talent/events/{id:guid}                      talent-event  talent.write      200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/talent/events/{id:guid}                      talent-event  talent.write      204  allow|404     403           403           allow|404     allow|404     401
        POST   api/talent/events/bulk                           talent-event  talent.write      200  allow|400:ids 403           403           allow|400:ids allow|400:ids 401
        GET    api/talent/talents                               talent        talent.read       200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/talent/talents/{id:guid}                     talent        talent.read       200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        # "Show" a personal field in full: every reader of the record may, and it is logged (PersonalDataTests).
        GET    api/talent/talents/{id:guid}/personal-data       talent        talent.read       200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/talent/talents                               talent        talent.write      201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/talent/talents/{id:guid}                     talent        talent.write      200  allow|404     403           403           allow|404     allow|404     401
        POST   api/talent/talents/{id:guid}/status              talent        talent.write      200  allow|404     403           403           allow|404     allow|404     401
        POST   api/talent/talents/{id:guid}/merge               talent        talent.write      200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/talent/talents/{id:guid}                     talent        talent.write      204  allow|404     403           403           allow|404     allow|404     401
        POST   api/talent/talents/{id:guid}/letter              talent        talent.write      201  allow|404     403           403           allow|404     allow|404     401
        GET    api/talent/letters                               letter        talent.read       200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/talent/letters/{id:guid}                     letter        talent.read       200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/talent/letters/{id:guid}/withdraw            letter        talent.write      200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/talent/letters/{id:guid}                     letter        talent.write      204  allow|404     403           403           allow|404     allow|404     401
        GET    api/talent/partner-bases                         partner-base  talent.read       200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/talent/partner-bases/{id:guid}               partner-base  talent.read       200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/talent/partner-bases                         partner-base  talent.write      201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/talent/partner-bases/{id:guid}               partner-base  talent.write      200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/talent/partner-bases/{id:guid}               partner-base  talent.write      204  allow|404     403           403           allow|404     allow|404     401

        GET    api/enterprises/enterprises                      enterprise    enterprises.read  200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/enterprises/enterprises/{id:guid}            enterprise    enterprises.read  200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        GET    api/enterprises/enterprises/{id:guid}/timeline   enterprise    enterprises.read  200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        GET    api/enterprises/enterprises/{id:guid}/personal-data enterprise enterprises.read  200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/enterprises/enterprises                      enterprise    enterprises.write 201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/enterprises/enterprises/{id:guid}            enterprise    enterprises.write 200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/enterprises/enterprises/{id:guid}            enterprise    enterprises.write 204  allow|404     403           403           allow|404     allow|404     401
        # The signed-in user's own assignments, whichever organisation: it names no record of A, B or the root to show or hide
        # (CampaignTests check that a leader sees theirs and nobody else does).
        GET    api/enterprises/my-assignments                   -             enterprises.read  200  allow         allow         allow         allow         allow         401
        GET    api/enterprises/campaigns                        campaign      enterprises.read  200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/enterprises/campaigns/{id:guid}              campaign      enterprises.read  200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/enterprises/campaigns                        campaign      enterprises.write 201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/enterprises/campaigns/{id:guid}              campaign      enterprises.write 200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/enterprises/campaigns/{id:guid}              campaign      enterprises.write 204  allow|404     403           403           allow|404     allow|404     401
        POST   api/enterprises/campaigns/{id:guid}/assignments  campaign      enterprises.write 200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/enterprises/campaigns/{id:guid}/assignments/{assignmentId:guid} assignment enterprises.write 200 allow|404 403     403           allow|404     allow|404     401
        # Visits and concerns name their enterprise in the body: one of another organisation is unknown to the caller, so
        # recording against it is a 400 naming enterpriseId before the organisation is looked at.
        GET    api/enterprises/visits                           visit         enterprises.read  200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/enterprises/visits/{id:guid}                 visit         enterprises.read  200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/enterprises/visits                           visit         enterprises.write 201  allow|400     403           403           allow|400     allow|400     401
        PUT    api/enterprises/visits/{id:guid}                 visit         enterprises.write 200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/enterprises/visits/{id:guid}                 visit         enterprises.write 204  allow|404     403           403           allow|404     allow|404     401
        GET    api/enterprises/concerns                         concern       enterprises.read  200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/enterprises/concerns/{id:guid}               concern       enterprises.read  200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/enterprises/concerns                         concern       enterprises.write 201  allow|400     403           403           allow|400     allow|400     401
        PUT    api/enterprises/concerns/{id:guid}               concern       enterprises.write 200  allow|404     403           403           allow|404     allow|404     401
        POST   api/enterprises/concerns/{id:guid}/steps         concern       enterprises.write 200  allow|404     403           403           allow|404     allow|404     401
        POST   api/enterprises/concerns/{id:guid}/investment-lead concern     enterprises.write 200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/enterprises/concerns/{id:guid}               concern       enterprises.write 204  allow|404     403           403           allow|404     allow|404     401
        POST   api/enterprises/concerns/bulk                    concern       enterprises.write 200  allow|400:ids 403           403           allow|400:ids allow|400:ids 401
        GET    api/enterprises/policy-sessions                  policy-session enterprises.read 200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/enterprises/policy-sessions/{id:guid}        policy-session enterprises.read 200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/enterprises/policy-sessions                  policy-session enterprises.write 201 allow|403     403           403           allow|403     allow|403     401
        PUT    api/enterprises/policy-sessions/{id:guid}        policy-session enterprises.write 200 allow|404     403           403           allow|404     allow|404     401
        DELETE api/enterprises/policy-sessions/{id:guid}        policy-session enterprises.write 204 allow|404     403           403           allow|404     allow|404     401
        GET    api/enterprises/joint-measures                   joint-measure enterprises.read  200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/enterprises/joint-measures/{id:guid}         joint-measure enterprises.read  200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/enterprises/joint-measures                   joint-measure enterprises.write 201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/enterprises/joint-measures/{id:guid}         joint-measure enterprises.write 200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/enterprises/joint-measures/{id:guid}         joint-measure enterprises.write 204  allow|404     403           403           allow|404     allow|404     401

        GET    api/trade/pilots                                 pilot         trade.read        200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/trade/pilots/{id:guid}                       pilot         trade.read        200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/trade/pilots                                 pilot         trade.write       201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/trade/pilots/{id:guid}                       pilot         trade.write       200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/trade/pilots/{id:guid}                       pilot         trade.write       204  allow|404     403           403           allow|404     allow|404     401
        GET    api/trade/orders                                 order         trade.read        200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/trade/orders/{id:guid}                       order         trade.read        200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/trade/orders                                 order         trade.write       201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/trade/orders/{id:guid}                       order         trade.write       200  allow|404     403           403           allow|404     allow|404     401
        POST   api/trade/orders/{id:guid}/status                order         trade.write       200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/trade/orders/{id:guid}                       order         trade.write       204  allow|404     403           403           allow|404     allow|404     401
        GET    api/trade/tours                                  tour          trade.read        200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/trade/tours/{id:guid}                        tour          trade.read        200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/trade/tours                                  tour          trade.write       201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/trade/tours/{id:guid}                        tour          trade.write       200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/trade/tours/{id:guid}                        tour          trade.write       204  allow|404     403           403           allow|404     allow|404     401
        GET    api/trade/commendations                          commendation  trade.read        200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401
        GET    api/trade/commendations/{id:guid}                commendation  trade.read        200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/trade/commendations                          commendation  trade.write       201  allow|403     403           403           allow|403     allow|403     401
        PUT    api/trade/commendations/{id:guid}                commendation  trade.write       200  allow|404     403           403           allow|404     allow|404     401
        DELETE api/trade/commendations/{id:guid}                commendation  trade.write       204  allow|404     403           403           allow|404     allow|404     401
        # Trade's copy of the enterprise registry, for an order to name its seller: a branch is offered only its subtree's enterprises.
        GET    api/trade/enterprises                            trade-enterprise trade.read     200  allow|hidden  allow|hidden  allow|hidden  allow|hidden  allow|hidden  401

        # Ledger imports: the permission is the ledger's module's write permission (here the project ledger's).
        # A job is its uploader's alone: any other id, here a fresh one, is not found for everyone (ok = 404).
        GET    api/imports/ledgers                              -             -                 200  allow         allow         allow         allow         allow         401
        GET    api/imports/ledgers/{name}/template              -             investment.write  200  allow         403           allow         allow         allow         401
        POST   api/imports/ledgers/{name}/files                 -             investment.write  202  allow         403           allow         allow         allow         401
        GET    api/imports                                      -             -                 200  allow         allow         allow         allow         allow         401
        GET    api/imports/{id:guid}                            -             -                 404  allow         allow         allow         allow         allow         401
        GET    api/imports/{id:guid}/rows                       -             -                 404  allow         allow         allow         allow         allow         401
        POST   api/imports/{id:guid}/confirm                    -             -                 404  allow         allow         allow         allow         allow         401

        # Notifications are their reader's own: a notice id of anyone else's, here one that does not exist, is not found.
        GET    api/notifications                                -             -                 200  allow         allow         allow         allow         allow         401
        POST   api/notifications/{id:long}/read                 -             -                 404  allow         allow         allow         allow         allow         401
        POST   api/notifications/read-all                       -             -                 204  allow         allow         allow         allow         allow         401
        GET    api/home                                         -             -                 200  allow         allow         allow         allow         allow         401

        # Search answers every signed-in user; each hit is filtered by its own read permission and organisation (SearchTests).
        GET    api/search                                       -             -                 200  allow         allow         allow         allow         allow         401
        POST   api/search/rebuild                               -             platform.admin    200  root          403           403           403           403           401
        # A record's discussion is judged by the record's own owner and read permission, as the search projection knows them:
        # another organisation's record is not there (404). A comment or file id of nothing stands for one (ok = 404).
        GET    api/records/{module}/{recordType}/{recordId}     discussed-project -             200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/records/{module}/{recordType}/{recordId}/comments discussed-project -        201  allow|404     allow|404     allow|404     allow|404     allow|404     401
        GET    api/records/{module}/{recordType}/{recordId}/mentionable discussed-project -     200  allow|404     allow|404     allow|404     allow|404     allow|404     401
        POST   api/records/{module}/{recordType}/{recordId}/attachments discussed-project -     201  allow|404     allow|404     allow|404     allow|404     allow|404     401
        DELETE api/records/comments/{id:guid}                   -             -                 404  allow         allow         allow         allow         allow         401
        GET    api/records/attachments/{id:guid}                -             -                 404  allow         allow         allow         allow         allow         401
        DELETE api/records/attachments/{id:guid}                -             -                 404  allow         allow         allow         allow         allow         401

        # The calendar is every signed-in user's: each entry is kept only for a viewer holding its read permission and
        # seeing its organisation (CalendarTests). A feed link is its owner's alone: another id, here a fresh one, is not found.
        GET    api/calendar                                     -             -                 200  allow         allow         allow         allow         allow         401
        GET    api/calendar/feeds                               -             -                 200  allow         allow         allow         allow         allow         401
        POST   api/calendar/feeds                               -             -                 201  allow         allow         allow         allow         allow         401
        DELETE api/calendar/feeds/{id:guid}                     -             -                 404  allow         allow         allow         allow         allow         401
        # Saved list filters are each user's own (SavedFilterTests): another id, here a fresh one, is not found.
        GET    api/me/saved-filters                             -             -                 200  allow         allow         allow         allow         allow         401
        POST   api/me/saved-filters                             -             -                 201  allow         allow         allow         allow         allow         401
        DELETE api/me/saved-filters/{id:guid}                   -             -                 404  allow         allow         allow         allow         allow         401
        # A feed is read by calendar apps that cannot sign in: the token in the path is the only credential, so an
        # unknown one (here a fresh one) is refused to everyone, signed in or not (CalendarFeedTests read real ones).
        GET    api/calendar/feed/{token}.ics                    -             -                 401  401           401           401           401           401           401
        """;

    /// <summary>The callers in the order of the table's columns.</summary>
    private static readonly Caller[] Columns =
        [Caller.Admin, Caller.Leadership, Caller.InvestmentStaff, Caller.BranchStaff, Caller.Integrator, Caller.Anonymous];

    public static IReadOnlyList<MatrixRow> Rows { get; } = Parse(Table);

    public static MatrixRow Row(string endpoint) =>
        Rows.SingleOrDefault(r => r.Endpoint == endpoint) ?? throw new KeyNotFoundException($"No matrix row for {endpoint}.");

    private static List<MatrixRow> Parse(string table) =>
        table.Split('\n').Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(ParseRow)
            .ToList();

    private static MatrixRow ParseRow(string line)
    {
        var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length != 5 + Columns.Length) throw new FormatException($"The matrix row has {cells.Length} cells: {line}");
        var row = new MatrixRow(
            cells[0], cells[1], ParseSubject(cells[2]), cells[3] == "-" ? null : cells[3], (HttpStatusCode)int.Parse(cells[4]),
            Columns.Select((caller, i) => (caller, ParseAccess(cells[5 + i], line))).ToDictionary(c => c.caller, c => c.Item2));
        row.Check();
        return row;
    }

    private static Subject? ParseSubject(string cell) => cell switch
    {
        "-" => null,
        "event" => Subject.Event,
        "project" => Subject.Project,
        "credit-line" => Subject.CreditLine,
        "outcome" => Subject.InvestmentOutcome,
        "user" => Subject.User,
        "organisation" => Subject.Organisation,
        "token" => Subject.Token,
        "programme" => Subject.Programme,
        "talent-event" => Subject.TalentEvent,
        "talent" => Subject.Talent,
        "letter" => Subject.Letter,
        "partner-base" => Subject.PartnerBase,
        "enterprise" => Subject.Enterprise,
        "campaign" => Subject.Campaign,
        "assignment" => Subject.Assignment,
        "visit" => Subject.Visit,
        "concern" => Subject.Concern,
        "policy-session" => Subject.PolicySession,
        "joint-measure" => Subject.JointMeasure,
        "pilot" => Subject.Pilot,
        "order" => Subject.Order,
        "tour" => Subject.Tour,
        "commendation" => Subject.Commendation,
        "trade-enterprise" => Subject.TradeEnterprise,
        "discussed-project" => Subject.DiscussedProject,
        _ => throw new FormatException($"Unknown subject '{cell}'."),
    };

    private static Access ParseAccess(string cell, string line)
    {
        var parts = cell.Split('|');
        var (own, ownField) = ParseRefusal(parts[0], own: true, line);
        if (parts.Length == 1) return new Access(own, own, ownField);
        var (other, otherField) = ParseRefusal(parts[1], own: false, line);
        if (ownField is not null) throw new FormatException($"Only the other organisation's refusal names a field: {line}");
        return new Access(own, other, otherField);
    }

    /// <summary>An outcome, with the field it names when the cell gives one ("400:ids").</summary>
    private static (Outcome Outcome, string? Field) ParseRefusal(string cell, bool own, string line)
    {
        var colon = cell.IndexOf(':');
        if (colon < 0) return (ParseOutcome(cell, own, line), null);
        var outcome = ParseOutcome(cell[..colon], own, line);
        if (outcome is not (Outcome.UnknownReference or Outcome.ForeignOrganisation))
            throw new FormatException($"Only a 400 or a 403 for the other organisation names a refused field: {line}");
        return (outcome, cell[(colon + 1)..]);
    }

    private static Outcome ParseOutcome(string cell, bool own, string line) => cell switch
    {
        "allow" => Outcome.Allow,
        "401" => Outcome.Unauthenticated,
        "403" => own ? Outcome.MissingPermission : Outcome.ForeignOrganisation,
        "404" => Outcome.NotFound,
        "hidden" => Outcome.Hidden,
        "400" => Outcome.UnknownReference,
        "root" => Outcome.TopLevelOnly,
        _ => throw new FormatException($"Unknown outcome '{cell}' in: {line}"),
    };
}

public enum Caller
{
    Admin,
    Leadership,
    InvestmentStaff,
    BranchStaff,
    Integrator,
    Anonymous,
}

/// <summary>Whose record the request addresses, seen from a caller of branch A.</summary>
public enum Target
{
    /// <summary>The endpoint is not scoped by organisation: the caller acts on itself or on global data.</summary>
    Unscoped,
    OwnBranch,
    OtherBranch,
    Root,
}

internal enum Subject
{
    Event,
    Project,
    CreditLine,

    /// <summary>An investment outcome (agreements, platforms …); named apart from the matrix's own <see cref="Outcome"/>.</summary>
    InvestmentOutcome,
    User,
    Organisation,
    Token,
    Programme,
    TalentEvent,
    Talent,
    Letter,
    PartnerBase,
    Enterprise,
    Campaign,

    /// <summary>A campaign with one enterprise assigned to a leader; the record is the campaign, <see cref="TargetRecord.Owner"/> the assignment.</summary>
    Assignment,
    Visit,
    Concern,
    PolicySession,
    JointMeasure,
    Pilot,
    Order,
    Tour,
    Commendation,

    /// <summary>A project the platform's search projection has heard of, so that its discussion can be opened.</summary>
    DiscussedProject,

    /// <summary>An enterprise registered in Enterprise services, once it has reached Trade's copy of the registry.</summary>
    TradeEnterprise,
}

internal enum Outcome
{
    Allow,
    Unauthenticated,
    MissingPermission,
    ForeignOrganisation,
    NotFound,
    Hidden,
    UnknownReference,
    TopLevelOnly,
}

/// <summary>What a caller gets for its own organisation's record and for another's.</summary>
/// <param name="Field">The field a refusal of the other's record names, when not the subject's usual one.</param>
internal sealed record Access(Outcome Own, Outcome Other, string? Field = null);

internal sealed record MatrixRow(
    string Method,
    string Path,
    Subject? Subject,
    string? Permission,
    HttpStatusCode Success,
    IReadOnlyDictionary<Caller, Access> Access)
{
    public string Endpoint => $"{Method} {Path}";

    public bool IsScoped => Subject is not null;

    /// <summary>A read of many records; a path naming one record's id reads that record, or a view of it (an enterprise's timeline).</summary>
    public bool IsList => Method == "GET" && IsScoped && !Path.Contains('{');

    /// <summary>A write to the record the path's id names, as opposed to reading it or creating a new one.</summary>
    public bool ChangesRecord => Method != "GET" && Path.Contains('{');

    public IEnumerable<Target> Targets => IsScoped ? [Target.OwnBranch, Target.OtherBranch, Target.Root] : [Target.Unscoped];

    public Outcome Expected(Caller caller, Target target) =>
        target is Target.OtherBranch or Target.Root ? Access[caller].Other : Access[caller].Own;

    /// <summary>The field a refusal names: the cell's own, else the subject's usual one.</summary>
    public string RefusedField(Caller caller) => Access[caller].Field ?? MatrixRequests.RefusedField(Subject!.Value);

    /// <summary>Refuses cells that cannot be meant, so a typo in the table fails loudly rather than testing nothing.</summary>
    public void Check()
    {
        foreach (var (caller, access) in Access)
        {
            if (!IsScoped && access.Own != access.Other)
                throw new FormatException($"{Endpoint} is not scoped, so {caller} cannot have an own|other pair.");
            if ((access.Own == Outcome.MissingPermission) != (access.Other == Outcome.MissingPermission) && access.Own != Outcome.Allow)
                throw new FormatException($"{Endpoint}: a missing permission for {caller} applies to every organisation.");
            if (access.Own == Outcome.MissingPermission && Permission is null)
                throw new FormatException($"{Endpoint} refuses {caller} a permission but names none in 'needs'.");
            if (access.Other == Outcome.Hidden && !IsList)
                throw new FormatException($"{Endpoint} is not a list; use 404 for a hidden record.");
            if (access.Other == Outcome.NotFound && IsList)
                throw new FormatException($"{Endpoint} is a list; use 'hidden' for records it must leave out.");
        }
    }
}
