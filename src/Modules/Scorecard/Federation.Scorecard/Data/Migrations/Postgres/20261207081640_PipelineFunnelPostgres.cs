using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Scorecard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PipelineFunnelPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sc_pipeline_records",
                schema: "sc",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkLine = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Pipeline = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FurthestOrder = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_pipeline_records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sc_pipeline_stages",
                schema: "sc",
                columns: table => new
                {
                    WorkLine = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Pipeline = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LeavesPipeline = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_pipeline_stages", x => new { x.WorkLine, x.Pipeline, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "sc_pipeline_stays",
                schema: "sc",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ReachedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sc_pipeline_stays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sc_pipeline_stays_sc_pipeline_records_RecordId",
                        column: x => x.RecordId,
                        principalSchema: "sc",
                        principalTable: "sc_pipeline_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sc_pipeline_records_WorkLine_Pipeline_EnteredOn_Organisatio~",
                schema: "sc",
                table: "sc_pipeline_records",
                columns: new[] { "WorkLine", "Pipeline", "EnteredOn", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_sc_pipeline_stays_RecordId",
                schema: "sc",
                table: "sc_pipeline_stays",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sc_pipeline_stages",
                schema: "sc");

            migrationBuilder.DropTable(
                name: "sc_pipeline_stays",
                schema: "sc");

            migrationBuilder.DropTable(
                name: "sc_pipeline_records",
                schema: "sc");
        }
    }
}
