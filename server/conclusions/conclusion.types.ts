import { Field, ID, ObjectType } from 'type-graphql';
import { Directive } from '../directives/directive.entity';
import type { Notice, NoticeSection, NoticeSignature } from './notice';

@ObjectType('NoticeSection', { description: 'The directives of the notice assigned to one unit' })
export class NoticeSectionObject implements NoticeSection {
  @Field(() => ID)
  unitId!: string;

  @Field()
  unitName!: string;

  @Field(() => [Directive])
  directives!: Directive[];
}

@ObjectType('NoticeSignature', { description: 'Who signed the notice' })
export class NoticeSignatureObject implements NoticeSignature {
  @Field(() => String, {
    nullable: true,
    description: 'E.g. "KT. VIỆN TRƯỞNG", or "Q." (acting); null in their own name',
  })
  authority!: string | null;

  @Field()
  title!: string;

  @Field()
  name!: string;
}

@ObjectType('Notice')
export class NoticeObject implements Notice {
  @Field({ description: 'False while the conclusion is not yet published (a draft of the notice)' })
  published!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The parent agency of the issuer, in full and in capitals ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO")',
  })
  parentAgency!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The issuing (organizer) unit, in full and in capitals ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH QUẢNG NGÃI")',
  })
  issuer!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'E.g. "12/TB-VKS", "12-TB/BCSĐ"; null until published',
  })
  number!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Where it is issued: as published, else the issuer's place",
  })
  place!: string | null;

  @Field(() => Date, { nullable: true, description: 'The signing date; null until published' })
  date!: Date | null;

  @Field({ description: 'E.g. "Quảng Ngãi, ngày 28 tháng 4 năm 2022"' })
  dateLine!: string;

  @Field({ description: 'The type of document: "THÔNG BÁO"' })
  title!: string;

  @Field({ description: 'The summary line: "Kết luận của đồng chí … tại Hội nghị …"' })
  subject!: string;

  @Field({ description: 'The opening paragraph: when, who organized it and how, who chaired, who attended' })
  opening!: string;

  @Field()
  body!: string;

  @Field(() => [NoticeSectionObject])
  sections!: NoticeSection[];

  @Field(() => NoticeSignatureObject, { nullable: true, description: 'Null until published' })
  signer!: NoticeSignature | null;

  @Field(() => [String], {
    description:
      'Nơi nhận, one recipient each, the archive line last: as published, else the parent agency (để báo cáo), the assignee units, the other participating units',
  })
  recipients!: string[];
}
