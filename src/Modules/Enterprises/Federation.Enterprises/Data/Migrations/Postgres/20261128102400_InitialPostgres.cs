using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Enterprises.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "ent");

            migrationBuilder.CreateTable(
                name: "ent_campaigns",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetEnterprises = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_concerns",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    PolicySessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SettledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OverdueSince = table.Column<DateOnly>(type: "date", nullable: true),
                    LeadRaisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Steps = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_concerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_enterprises",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FormerNames = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InvestorCountryOrRegion = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Contacts = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_inbox",
                schema: "ent",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "ent_joint_measures",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartnerDepartment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Items = table.Column<List<string>>(type: "text[]", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_joint_measures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_outbox",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_policy_sessions",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Departments = table.Column<List<string>>(type: "text[]", nullable: false),
                    Attendees = table.Column<int>(type: "integer", nullable: false),
                    Venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_policy_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_timeline_entries",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    WorkLine = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    SummaryZh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SummaryEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_timeline_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_visits",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Town = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    InvestorCountryOrRegion = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Visitors = table.Column<List<string>>(type: "text[]", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ent_campaign_assignments",
                schema: "ent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LeaderUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ent_campaign_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ent_campaign_assignments_ent_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "ent",
                        principalTable: "ent_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ent_campaign_assignments_CampaignId_EnterpriseId",
                schema: "ent",
                table: "ent_campaign_assignments",
                columns: new[] { "CampaignId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ent_campaign_assignments_EnterpriseId",
                schema: "ent",
                table: "ent_campaign_assignments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_campaign_assignments_LeaderUserId",
                schema: "ent",
                table: "ent_campaign_assignments",
                column: "LeaderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_concerns_EnterpriseId",
                schema: "ent",
                table: "ent_concerns",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_concerns_PolicySessionId",
                schema: "ent",
                table: "ent_concerns",
                column: "PolicySessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_concerns_Status_DueOn",
                schema: "ent",
                table: "ent_concerns",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_concerns_VisitId",
                schema: "ent",
                table: "ent_concerns",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_CreditCode",
                schema: "ent",
                table: "ent_enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_Name",
                schema: "ent",
                table: "ent_enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ent_enterprises_Town_OrganisationId",
                schema: "ent",
                table: "ent_enterprises",
                columns: new[] { "Town", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_joint_measures_IssuedOn_OrganisationId",
                schema: "ent",
                table: "ent_joint_measures",
                columns: new[] { "IssuedOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_outbox_EventId",
                schema: "ent",
                table: "ent_outbox",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ent_outbox_SentAtUtc",
                schema: "ent",
                table: "ent_outbox",
                column: "SentAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ent_policy_sessions_HeldOn_OrganisationId",
                schema: "ent",
                table: "ent_policy_sessions",
                columns: new[] { "HeldOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_timeline_entries_CreditCode",
                schema: "ent",
                table: "ent_timeline_entries",
                column: "CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_ent_timeline_entries_PartyName",
                schema: "ent",
                table: "ent_timeline_entries",
                column: "PartyName");

            migrationBuilder.CreateIndex(
                name: "IX_ent_visits_EnterpriseId_VisitedOn",
                schema: "ent",
                table: "ent_visits",
                columns: new[] { "EnterpriseId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ent_visits_VisitedOn_OrganisationId",
                schema: "ent",
                table: "ent_visits",
                columns: new[] { "VisitedOn", "OrganisationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ent_campaign_assignments",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_concerns",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_enterprises",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_inbox",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_joint_measures",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_outbox",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_policy_sessions",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_timeline_entries",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_visits",
                schema: "ent");

            migrationBuilder.DropTable(
                name: "ent_campaigns",
                schema: "ent");
        }
    }
}
