using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Enterprises.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ent_campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetEnterprises = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PolicySessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SettledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OverdueSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeadRaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_concerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FormerNames = table.Column<string>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InvestorCountryOrRegion = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Contacts = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_inbox",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "ent_joint_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartnerDepartment = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_joint_measures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_policy_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Departments = table.Column<string>(type: "TEXT", nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_policy_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_timeline_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    WorkLine = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SummaryZh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_timeline_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Town = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    InvestorCountryOrRegion = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Visitors = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_campaign_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeaderUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_campaign_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ent_campaign_assignments_ent_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "ent_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ent_campaign_assignments_CampaignId_EnterpriseId",
                table: "ent_campaign_assignments",
                columns: new[] { "CampaignId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ent_campaign_assignments_EnterpriseId",
                table: "ent_campaign_assignments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_campaign_assignments_LeaderUserId",
                table: "ent_campaign_assignments",
                column: "LeaderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_concerns_EnterpriseId",
                table: "ent_concerns",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_concerns_PolicySessionId",
                table: "ent_concerns",
                column: "PolicySessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_concerns_Status_DueOn",
                table: "ent_concerns",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_concerns_VisitId",
                table: "ent_concerns",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_CreditCode",
                table: "ent_enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_Name",
                table: "ent_enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_Town_OrganisationId",
                table: "ent_enterprises",
                columns: new[] { "Town", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_joint_measures_IssuedOn_OrganisationId",
                table: "ent_joint_measures",
                columns: new[] { "IssuedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_outbox_EventId",
                table: "ent_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ent_outbox_SentAtUtc",
                table: "ent_outbox",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ent_policy_sessions_HeldOn_OrganisationId",
                table: "ent_policy_sessions",
                columns: new[] { "HeldOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_timeline_entries_CreditCode",
                table: "ent_timeline_entries",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ent_timeline_entries_PartyName",
                table: "ent_timeline_entries",
                column: "PartyName");

            migrationBuilder.CreateIndex(
                name: "IX_ent_visits_EnterpriseId_VisitedOn",
                table: "ent_visits",
                columns: new[] { "EnterpriseId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_visits_VisitedOn_OrganisationId",
                table: "ent_visits",
                columns: new[] { "VisitedOn", "OrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ent_campaign_assignments");

            migrationBuilder.DropTable(
                name: "ent_concerns");

            migrationBuilder.DropTable(
                name: "ent_enterprises");

            migrationBuilder.DropTable(
                name: "ent_inbox");

            migrationBuilder.DropTable(
                name: "ent_joint_measures");

            migrationBuilder.DropTable(
                name: "ent_outbox");

            migrationBuilder.DropTable(
                name: "ent_policy_sessions");

            migrationBuilder.DropTable(
                name: "ent_timeline_entries");

            migrationBuilder.DropTable(
                name: "ent_visits");

            migrationBuilder.DropTable(
                name: "ent_campaigns");
        }
    }
}
